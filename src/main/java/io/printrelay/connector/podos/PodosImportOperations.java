package io.printrelay.connector.podos;

import org.springframework.jmx.export.annotation.ManagedOperation;
import org.springframework.jmx.export.annotation.ManagedOperationParameter;
import org.springframework.jmx.export.annotation.ManagedResource;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** {@code io.printrelay:type=PodosImport}: the manual podOS import, over JMX and Jolokia. */
@Component
@ManagedResource(objectName = "io.printrelay:type=PodosImport", description = "podOS import")
public class PodosImportOperations {

    private final PodosImportController.PodosManualImport manualImport;

    public PodosImportOperations(PodosImportController.PodosManualImport manualImport) {
        this.manualImport = manualImport;
    }

    @ManagedOperation(description = "Import podOS orders created since a date (YYYY-MM-DD), reading every page")
    @ManagedOperationParameter(name = "from", description = "YYYY-MM-DD")
    public String importFrom(String from) {
        return manualImport.run(LocalDate.parse(from.trim())).message();
    }
}
