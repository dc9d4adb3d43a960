package io.arrowhead.scaleio.client.internal.read;

import static io.arrowhead.scaleio.client.internal.read.DatabindOracle.assertReadsListAsDatabind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.StringJoiner;

import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.internal.Json;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * Lists, where the readers expect each object's fields in the order of the one before and share repeated values:
 * objects whose fields come in another order, go missing or are added read as databind reads them.
 */
class ModelReaderListTest {

    @Test
    void fieldsInAnyOrderReadAsDatabindReadsThem() throws Exception {
        assertReadsListAsDatabind("""
                [{"id":"a","name":"one","sizeInKb":8,"links":[{"rel":"self","href":"/a"}]},
                 {"name":"two","id":"b","links":[{"href":"/b","rel":"self"}],"sizeInKb":16},
                 {"id":"c","extra":{"name":"not the name"},"name":"three"},
                 {"id":"d"},
                 {"id":"e","name":"five","sizeInKb":40,"links":[{"rel":"self","href":"/e","more":1}],"last":true},
                 {"id":"f","name":"six","sizeInKb":48,"links":[{"rel":"self","href":"/f"}]}]
                """, Volume.class);
    }

    @Test
    void repeatedValuesReadAsDatabindReadsThemEvenPastThePoolsSize() throws Exception {
        StringJoiner volumes = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 10_000; i++) {
            volumes.add("{\"id\":\"" + i + "\",\"storagePoolId\":\"pool-" + (i % 7) + "\",\"dataLayout\":\"layout-" + i
                    + "\",\"mappedSdcInfo\":[{\"sdcId\":\"sdc-" + (i % 3) + "\",\"sdcIp\":\"10.0.0." + (i % 250)
                    + "\",\"accessMode\":\"ReadWrite\"}],\"links\":[{\"rel\":\"self\",\"href\":\"/v/" + i
                    + "\"},{\"rel\":\"/api/parent/relationship/storagePoolId\",\"href\":\"/p\"}]}");
        }
        assertReadsListAsDatabind(volumes.toString(), Volume.class);
    }

    @Test
    void aRepeatedValueIsOneString() throws Exception {
        List<Volume> volumes = Json.readList("[{\"storagePoolId\":\"p\",\"links\":[{\"rel\":\"self\"}]},"
                + "{\"storagePoolId\":\"p\",\"links\":[{\"rel\":\"self\"}]}]", Volume.class);

        assertSame(volumes.get(0).storagePoolId(), volumes.get(1).storagePoolId());
        assertSame(volumes.get(0).links().get(0).rel(), volumes.get(1).links().get(0).rel());
        assertEquals("p", volumes.get(1).storagePoolId());
    }

    @Test
    void sdcsWithFieldsInAnyOrderReadAsDatabindReadsThem() throws Exception {
        assertReadsListAsDatabind("""
                [{"id":"s1","sdcIps":["10.0.0.1"],"mdmConnectionState":"Connected","osType":"Linux"},
                 {"osType":"Linux","id":"s2","mdmConnectionState":"Disconnected","sdcIps":[]},
                 {"id":"s3","sdcIps":null,"unknown":[{"osType":"Windows"}]}]
                """, Sdc.class);
    }
}
