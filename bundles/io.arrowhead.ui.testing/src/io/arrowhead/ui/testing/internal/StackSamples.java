package io.arrowhead.ui.testing.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Stack samples of the UI thread taken during one long event, summed up as text for a person. */
public final class StackSamples {

    private static final int FRAMES_SHOWN = 25;
    private static final int INNERMOST_FRAMES = 6;
    private static final int PLACES_SHOWN = 8;
    private static final String OURS = "io.arrowhead.";
    /** The driver's code that runs a test's code on the UI thread. */
    private static final String DRIVER_ENTRY = "io.arrowhead.ui.testing.UiDriver";

    private final List<StackTraceElement[]> samples;
    private final Map<String, Integer> seen = new HashMap<>();

    public StackSamples(List<StackTraceElement[]> samples) {
        this.samples = samples;
        for (StackTraceElement[] sample : samples) {
            Arrays.stream(sample).map(StackTraceElement::toString).distinct()
                .forEach(frame -> seen.merge(frame, 1, Integer::sum));
        }
    }

    /** The frames most samples share, innermost first, with their shares, then the innermost places; or "". */
    public String cause() {
        if (samples.isEmpty()) {
            return "";
        }
        List<String> lines = commonFrames().stream().limit(FRAMES_SHOWN)
            .map(frame -> String.format("  %3d%% %s", 100 * seen.get(frame.toString()) / samples.size(), frame))
            .toList();
        return samples.size() + " samples of the UI thread, frames in at least half of them:\n"
            + lines.stream().collect(Collectors.joining("\n")) + "\nwhere the samples were, innermost frames:\n"
            + innermost();
    }

    /**
     * One line: the innermost frame most samples share, then, within the event being dispatched, the innermost
     * Arrowhead frame and the outermost one besides the test driver's entry (which code started the work), or if the
     * event has none, the innermost frame most samples were in; or "". Samples that share no event say the latter.
     */
    public String where() {
        if (samples.isEmpty()) {
            return "";
        }
        List<StackTraceElement> event = withinEvent(commonFrames());
        if (event.isEmpty()) {
            return "varied, mostly " + shortName(mostFrequentInnermost());
        }
        List<StackTraceElement> ours = event.stream().filter(frame -> frame.getClassName().startsWith(OURS)).toList();
        if (ours.isEmpty()) {
            // toolkit frames only: where the time itself went says more
            StackTraceElement mostly = mostFrequentInnermost();
            String first = shortName(event.getFirst());
            return mostly.equals(event.getFirst()) ? first : first + "; mostly " + shortName(mostly);
        }
        List<StackTraceElement> shown = new ArrayList<>(List.of(event.getFirst(), ours.getFirst()));
        shown.add(ours.stream().filter(frame -> !frame.getClassName().startsWith(DRIVER_ENTRY))
            .reduce((inner, outer) -> outer).orElse(ours.getLast()));
        return shown.stream().distinct().map(StackSamples::shortName).collect(Collectors.joining(" < "));
    }

    /** The frames inside the innermost event loop, which dispatched the event; none if the samples share none. */
    private static List<StackTraceElement> withinEvent(List<StackTraceElement> frames) {
        for (int i = 0; i < frames.size(); i++) {
            StackTraceElement frame = frames.get(i);
            if ("readAndDispatch".equals(frame.getMethodName())
                && frame.getClassName().equals("org.eclipse.swt.widgets.Display")) {
                return frames.subList(0, i);
            }
        }
        return List.of();
    }

    private StackTraceElement mostFrequentInnermost() {
        Map<StackTraceElement, Long> counts = samples.stream().filter(sample -> sample.length > 0)
            .collect(Collectors.groupingBy(sample -> sample[0], Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    }

    private static String shortName(StackTraceElement frame) {
        String className = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
        return className + "." + frame.getMethodName() + (frame.getLineNumber() > 0 ? ":" + frame.getLineNumber() : "");
    }

    /** The frames, innermost first, that at least half the samples share, from the sample with the most of them. */
    private List<StackTraceElement> commonFrames() {
        Predicate<StackTraceElement> common = frame -> seen.get(frame.toString()) * 2 >= samples.size();
        StackTraceElement[] typical = samples.stream()
            .max(Comparator.comparingLong(sample -> Arrays.stream(sample).filter(common).count())).get();
        return Arrays.stream(typical).filter(common).toList();
    }

    /**
     * The samples grouped by their innermost frames and the Arrowhead frame nearest to them, most frequent first:
     * where the time itself went, and for which of our code.
     */
    private String innermost() {
        Map<String, Integer> places = new HashMap<>();
        for (StackTraceElement[] sample : samples) {
            String place = Arrays.stream(sample).limit(INNERMOST_FRAMES).map(StackTraceElement::toString)
                .collect(Collectors.joining(" < ")) + ourFrameBeyondInnermost(sample);
            places.merge(place, 1, Integer::sum);
        }
        return places.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(PLACES_SHOWN).map(e -> String.format("  %3d × %s", e.getValue(), e.getKey()))
            .collect(Collectors.joining("\n"));
    }

    /** The first Arrowhead frame of the event beyond the innermost frames shown, if any. */
    private static String ourFrameBeyondInnermost(StackTraceElement[] sample) {
        return withinEvent(Arrays.asList(sample)).stream().skip(INNERMOST_FRAMES)
            .filter(frame -> frame.getClassName().startsWith(OURS)).findFirst()
            .map(frame -> " ... < " + frame).orElse("");
    }
}
