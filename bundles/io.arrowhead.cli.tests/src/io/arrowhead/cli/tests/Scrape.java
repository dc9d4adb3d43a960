package io.arrowhead.cli.tests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One GET of an exporter's page, and its samples read back from the text format (either of the two). */
record Scrape(int status, String contentType, String body) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    static Scrape get(int port, String path, String acceptOrNull) throws Exception {
        return send("GET", port, path, acceptOrNull);
    }

    static Scrape send(String method, int port, String path, String acceptOrNull) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(60));
        if (acceptOrNull != null) {
            request.header("Accept", acceptOrNull);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Scrape(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
            response.body());
    }

    /** One data point: its labels and value. */
    record Sample(Map<String, String> labels, double value) {
        String label(String name) {
            return labels.get(name);
        }
    }

    /** The data points of a metric, in the order served. */
    List<Sample> samples(String metric) {
        List<Sample> samples = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(metric + "{") || line.startsWith(metric + " "))) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            int close = line.lastIndexOf('}');
            if (line.startsWith(metric + "{")) {
                Matcher label = LABEL.matcher(line.substring(metric.length() + 1, close));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            String value = line.substring(close < 0 ? metric.length() : close + 1).strip().split(" ")[0];
            samples.add(new Sample(labels, Double.parseDouble(value)));
        }
        return samples;
    }

    /** The one data point with these label values. */
    Sample sample(String metric, String... labelValues) {
        List<Sample> found = samples(metric).stream().filter(s -> {
            for (int i = 0; i < labelValues.length; i += 2) {
                if (!labelValues[i + 1].equals(s.label(labelValues[i]))) {
                    return false;
                }
            }
            return true;
        }).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " samples of " + metric + " with " + List.of(labelValues)
                + " in:\n" + body);
        }
        return found.getFirst();
    }
}
