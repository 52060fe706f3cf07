package io.printrelay.connector.podos;

import io.printrelay.api.ApiException;
import io.printrelay.api.Envelope;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** {@code POST /api/v2/sources/podos/import?from=YYYY-MM-DD}: Order Desk's manual podOS import from a date. */
@RestController
public class PodosImportController {

    private final PodosManualImport manualImport;

    public PodosImportController(PodosManualImport manualImport) {
        this.manualImport = manualImport;
    }

    @PostMapping("/api/v2/sources/podos/import")
    public Map<String, Object> importFrom(@RequestParam(name = "from", required = false) String from) {
        LocalDate date;
        try {
            date = from == null || from.isBlank() ? null : LocalDate.parse(from.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("from: '" + from + "' is not a date (YYYY-MM-DD)");
        }
        PodosManualImport.Summary summary = manualImport.run(date);
        Map<String, Object> body = Envelope.success(summary.message());
        body.put("imported", summary.imported());
        body.put("already_imported", summary.existing());
        return body;
    }

    /** Runs the import route once, now, and counts what it did; shared by the API and JMX. */
    @org.springframework.stereotype.Component
    public static class PodosManualImport {

        public record Summary(int imported, int existing) {
            String message() {
                return imported + " orders imported from podOS, " + existing + " already imported";
            }
        }

        private final ProducerTemplate camel;

        public PodosManualImport(ProducerTemplate camel) {
            this.camel = camel;
        }

        public Summary run(LocalDate from) {
            Exchange done = camel.request("direct:podos-import",
                    exchange -> exchange.getMessage().setHeader("PodosImportFrom", from));
            if (done.getException() != null) {
                throw CamelExecutionException.wrapCamelExecutionException(done, done.getException());
            }
            // the orders the read admitted that are not new were stored before (left out before the intake, or
            // found there by the intake); a read the error policy ended (podOS not answering) counts what it did
            PodosListing listing = done.getProperty("podosListing", PodosListing.class);
            int imported = listing == null ? 0 : listing.importedCount();
            int existing = listing == null ? 0 : Math.max(0, listing.admittedCount() - imported);
            return new Summary(imported, existing);
        }
    }
}
