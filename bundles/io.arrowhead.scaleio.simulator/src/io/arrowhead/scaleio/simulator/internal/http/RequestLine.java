package io.arrowhead.scaleio.simulator.internal.http;

/** The first line of a request, {@code METHOD SP request-target SP HTTP-version}, split and checked. */
record RequestLine(String method, String rawPath, String rawQuery, String version) {

    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    static RequestLine parse(String line) throws HttpProtocolException {
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
            throw new HttpProtocolException(400, "Malformed request line");
        }
        String version = parts[2];
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            throw version.matches("HTTP/\\d\\.\\d")
                    ? new HttpProtocolException(505, "HTTP version " + version + " is not supported")
                    : new HttpProtocolException(400, "Malformed request line");
        }
        String target = originForm(parts[1]);
        int question = target.indexOf('?');
        return question < 0
                ? new RequestLine(parts[0], target, null, version)
                : new RequestLine(parts[0], target.substring(0, question), target.substring(question + 1), version);
    }

    /** Reduces an absolute-form target ({@code https://host/api/...}, sent through proxies) to its path. */
    private static String originForm(String target) throws HttpProtocolException {
        if (target.startsWith("/")) {
            return target;
        }
        int scheme = target.indexOf("://");
        if (scheme > 0 && (target.startsWith("http://") || target.startsWith("https://"))) {
            int path = target.indexOf('/', scheme + 3);
            return path < 0 ? "/" : target.substring(path);
        }
        throw new HttpProtocolException(400, "Malformed request target: " + target);
    }

    static boolean isToken(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alphanumeric && TOKEN_SYMBOLS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
