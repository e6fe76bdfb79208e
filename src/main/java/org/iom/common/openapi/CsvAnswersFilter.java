package org.iom.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.iom.common.csv.CsvWriter;

/**
 * A CSV answer is text: where an operation produces {@code text/csv} beside JSON and declares no CSV schema of its
 * own, SmallRye gives the CSV the JSON answer's schema (a {@code $ref} to the record the method returns). This states
 * once for every such operation what the CSV is: a string of at most {@value CsvWriter#MAX_ANSWER_LENGTH}
 * characters (the table's columns are described in the operation's docs). An operation that declares its CSV schema
 * keeps it.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 60)
public class CsvAnswersFilter implements OASFilter {

    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        if (response.getContent() == null) {
            return response;
        }
        MediaType csv = response.getContent().getMediaType(CsvWriter.TEXT_CSV);
        MediaType json = response.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (csv != null && json != null && csv.getSchema() != null && json.getSchema() != null
                && csv.getSchema().getRef() != null && csv.getSchema().getRef().equals(json.getSchema().getRef())) {
            csv.setSchema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(CsvWriter.MAX_ANSWER_LENGTH));
        }
        return response;
    }
}
