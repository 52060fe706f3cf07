package io.printrelay;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import java.util.List;

/**
 * A PrintRelay package that brings its own auto-configuration (the sandbox) is a plug-in: the application's
 * component scan and configuration-properties scan leave it alone, so its beans exist only when its
 * auto-configuration, behind its own switch, registers them. A jar built without the plug-in excludes nothing.
 */
public class PlugInScanExclusion implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String OWN_PACKAGE = PlugInScanExclusion.class.getPackageName();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        List<String> plugIns = ImportCandidates.load(AutoConfiguration.class, context.getClassLoader()).getCandidates()
                .stream().filter(name -> name.startsWith(OWN_PACKAGE + "."))
                .map(name -> name.substring(0, name.lastIndexOf('.')))
                .filter(plugIn -> !plugIn.equals(OWN_PACKAGE))
                .distinct().toList();
        if (!plugIns.isEmpty()) {
            context.getBeanFactory().registerSingleton(PlugInPackages.class.getName(), new PlugInPackages(plugIns));
        }
    }

    /** Both scans consult every {@link TypeExcludeFilter} bean: this one names the plug-ins' packages. */
    static final class PlugInPackages extends TypeExcludeFilter {

        private final List<String> packages;

        PlugInPackages(List<String> packages) {
            this.packages = packages;
        }

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            String className = reader.getClassMetadata().getClassName();
            return packages.stream().anyMatch(plugIn -> className.startsWith(plugIn + "."));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PlugInPackages that && packages.equals(that.packages);
        }

        @Override
        public int hashCode() {
            return packages.hashCode();
        }
    }
}
