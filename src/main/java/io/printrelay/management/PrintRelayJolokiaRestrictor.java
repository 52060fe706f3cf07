package io.printrelay.management;

import org.apache.camel.component.jolokia.springboot.restrictor.CamelRestrictor;

import java.util.ArrayList;
import java.util.List;

/**
 * Jolokia may reach Camel's MBeans (the Camel restrictor's default) and PrintRelay's Operations MBean, and
 * nothing else: no Spring environment, no arbitrary JVM internals.
 */
public class PrintRelayJolokiaRestrictor extends CamelRestrictor {

    @Override
    protected List<String> getAllowedDomains() {
        List<String> domains = new ArrayList<>(getDefaultDomains());
        domains.add("io.printrelay");
        return domains;
    }
}
