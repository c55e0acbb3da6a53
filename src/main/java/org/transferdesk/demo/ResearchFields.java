package org.transferdesk.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The schools of the demo university. Data, not code: the vocabulary lives in a JSON resource. */
final class ResearchFields {
    private static final String RESOURCE = "research-fields.json";
    private static volatile List<ResearchField> cached;

    private ResearchFields() {
    }

    static List<ResearchField> all() {
        List<ResearchField> fields = cached;
        if (fields == null) {
            fields = load();
            cached = fields;
        }
        return fields;
    }

    private static List<ResearchField> load() {
        try (InputStream in = ResearchFields.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return List.copyOf(new ObjectMapper().readValue(in, new TypeReference<List<ResearchField>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
