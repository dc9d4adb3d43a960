package io.arrowhead.scaleio.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParser;

import io.arrowhead.scaleio.client.Fixtures;
import io.arrowhead.scaleio.client.GatewayEndpoint;
import io.arrowhead.scaleio.client.GatewayException;
import io.arrowhead.scaleio.client.SnapshotGroup;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.ScaleIoSystem;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * Every fixture is read by the client code it belongs to, so a fixture added to the folder without a reader fails
 * here. The value checks are in the tests per area.
 */
class FixtureCoverageTest {

    @FunctionalInterface
    private interface Reader {

        Object read(String json) throws IOException;
    }

    private static final Map<String, Reader> READERS = new TreeMap<>(Map.ofEntries(
            Map.entry("create_volume_request.json", Fixtures::json),
            Map.entry("create_volume_response.json", json -> Json.read(json, CreatedObject.class)),
            Map.entry("login_token.json", Json::readString),
            Map.entry("version.json", Json::readString),
            Map.entry("protection_domains.json", json -> Json.readList(json, ProtectionDomain.class)),
            Map.entry("query_selected_statistics_per_type_request.json", Fixtures::json),
            Map.entry("query_selected_statistics_per_type_response.json", json -> StatisticsReader.byId(parser(json))),
            Map.entry("query_selected_statistics_request.json", Fixtures::json),
            Map.entry("query_selected_statistics_response.json", json -> StatisticsReader.selected(parser(json))),
            Map.entry("sdc_statistics.json", json -> StatisticsReader.flat(parser(json))),
            Map.entry("sdcs.json", json -> Json.readList(json, Sdc.class)),
            Map.entry("snapshot_volumes_request.json", Fixtures::json),
            Map.entry("snapshot_volumes_response.json", json -> Json.read(json, SnapshotGroup.class)),
            Map.entry("storage_pool_statistics.json", json -> StatisticsReader.flat(parser(json))),
            Map.entry("storage_pools.json", json -> Json.readList(json, StoragePool.class)),
            Map.entry("system_instances.json", json -> Json.readList(json, ScaleIoSystem.class)),
            Map.entry("volume_mapped.json", json -> Json.read(json, Volume.class)),
            Map.entry("volume_statistics.json", json -> StatisticsReader.flat(parser(json))),
            Map.entry("volumes.json", json -> Json.readList(json, Volume.class))));

    @Test
    void everyFixtureHasAReaderThatAcceptsIt() throws IOException {
        Path directory = Fixtures.directory();
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(file -> file.toString().endsWith(".json"))
                    .forEach(file -> found.add(directory.relativize(file).toString().replace('\\', '/')));
        }
        TreeSet<String> expected = new TreeSet<>(READERS.keySet());
        found.stream().filter(name -> name.startsWith("errors/")).forEach(expected::add);
        assertEquals(expected, found);

        for (String name : found) {
            String json = Fixtures.read(name);
            if (name.startsWith("errors/")) {
                GatewayException error = ErrorResponses.of(GatewayEndpoint.parse("gw.example.com"),
                        new HttpAnswer(Integer.parseInt(name.substring("errors/".length(), "errors/".length() + 3)),
                                "", json));
                // read as a gateway error body, not as the fallback for foreign answers
                assertNotEquals(GatewayException.NO_ERROR_CODE, error.errorCode(), name);
            } else {
                assertNotNull(READERS.get(name).read(json), name);
            }
        }
    }

    /** Statistics are read from a parser over the answer as it streams in. */
    private static JsonParser parser(String json) throws IOException {
        return Json.parser(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
