package org.iom.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Reads {@code application/merge-patch+json} bodies (RFC 7396) as a Jackson tree; see {@link MergePatch}. */
@Provider
@Consumes(MergePatch.MEDIA_TYPE)
public class MergePatchReader implements MessageBodyReader<JsonNode> {

    @Inject ObjectMapper json;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonNode.class.isAssignableFrom(type);
    }

    @Override
    public JsonNode readFrom(Class<JsonNode> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        try {
            return json.readTree(entityStream);
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.MALFORMED, "The request body is not valid JSON.");
        }
    }
}
