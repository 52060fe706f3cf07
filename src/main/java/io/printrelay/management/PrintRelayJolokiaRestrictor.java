package io.printrelay.management;

import org.apache.camel.component.jolokia.springboot.restrictor.CamelRestrictor;

import javax.management.ObjectName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Jolokia may reach Camel's MBeans and the JVM's monitoring ones (the Camel restrictor's default domains:
 * org.apache.camel, java.lang, java.nio) and PrintRelay's Operations MBean, and nothing else: no Spring environment,
 * no diagnostic commands. Of the JVM's Runtime MBean, the attributes that hold the command line and the system
 * properties (sun.java.command: a secret given as {@code --printrelay...=} would be read there) and the class and
 * library paths are refused; its uptime, name and the rest stay readable.
 */
public class PrintRelayJolokiaRestrictor extends CamelRestrictor {

    private static final Set<String> COMMAND_LINE = Set.of("SystemProperties", "InputArguments", "ClassPath",
            "BootClassPath", "LibraryPath");

    @Override
    protected List<String> getAllowedDomains() {
        List<String> domains = new ArrayList<>(getDefaultDomains());
        domains.add("io.printrelay");
        return domains;
    }

    @Override
    public boolean isAttributeReadAllowed(ObjectName name, String attribute) {
        if (isRuntime(name) && (attribute == null || COMMAND_LINE.contains(attribute))) {
            return false;
        }
        return super.isAttributeReadAllowed(name, attribute);
    }

    private static boolean isRuntime(ObjectName name) {
        return name != null && "java.lang".equals(name.getDomain()) && "Runtime".equals(name.getKeyProperty("type"));
    }
}
