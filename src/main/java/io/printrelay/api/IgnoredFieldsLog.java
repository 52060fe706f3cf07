package io.printrelay.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Order Desk clients send fields PrintRelay does not keep (newer Order Desk additions, a cart's own extras). They
 * are never a 400; they are skipped and named in a debug line, so an integrator can see what was dropped.
 */
class IgnoredFieldsLog extends DeserializationProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(IgnoredFieldsLog.class);
    private static final String MODEL_PACKAGE = "io.printrelay.order.";

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
        if (!type.getName().startsWith(MODEL_PACKAGE)) {
            return false;
        }
        if (log.isDebugEnabled()) {
            log.debug("Ignored field {} (not part of the {} record)", p.getParsingContext().pathAsPointer(),
                    type.getSimpleName());
        }
        p.skipChildren();
        return true;
    }
}
