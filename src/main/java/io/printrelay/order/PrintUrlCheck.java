package io.printrelay.order;

import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Artwork addresses ({@code print_url}, {@code print_url_1..n}) are fetched by the vendor: they must be http or
 * https, and with {@code printrelay.print-urls.refuse-private-addresses} (on in {@code live}) they must not point
 * at a loopback, link-local, private or unspecified address, which a vendor cannot reach and which would make it
 * fetch from its own network. Only what the URL itself says is judged: IP literals (IPv4 in any inet_aton form,
 * IPv6, IPv4-mapped IPv6) and {@code localhost}; host names are not resolved (slow, flaky, and the vendor resolves
 * them anew anyway).
 */
@Component
public class PrintUrlCheck {

    private static final Pattern PRINT_URL_KEY = Pattern.compile("print_url(_\\d+)?");
    private static final Pattern IPV4_LIKE = Pattern.compile("[0-9][0-9a-fA-FxX.]*");

    private final boolean refusePrivateAddresses;

    public PrintUrlCheck(PrintUrlProperties settings) {
        this.refusePrivateAddresses = settings.refusePrivateAddresses();
    }

    /** One problem per bad artwork address in a metadata or variation map, named {@code <prefix><key>}. */
    void check(Map<String, Object> fields, String prefix, List<String> problems) {
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (PRINT_URL_KEY.matcher(field.getKey()).matches() && field.getValue() != null
                    && !field.getValue().toString().isBlank()) {
                String problem = problem(field.getValue().toString().trim());
                if (problem != null) {
                    problems.add(prefix + field.getKey() + ": " + problem);
                }
            }
        }
    }

    String problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "'" + shortened(url) + "' is not a URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = host(uri);
        if (!scheme.equals("http") && !scheme.equals("https") || host.isEmpty()) {
            return "'" + shortened(url) + "' must be an http or https URL with a host";
        }
        if (refusePrivateAddresses && isPrivate(host)) {
            return "'" + shortened(url) + "' points at a loopback, link-local or private address, which the vendor"
                    + " cannot fetch from";
        }
        return null;
    }

    /** {@link URI#getHost()} is null for hosts it finds irregular (2130706433, my_host): read the authority then. */
    private static String host(URI uri) {
        if (uri.getHost() != null) {
            return uri.getHost();
        }
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        int port = authority.lastIndexOf(':');
        return port > authority.lastIndexOf(']') ? authority.substring(0, port) : authority;
    }

    static boolean isPrivate(String rawHost) {
        String host = rawHost.toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return true;
        }
        byte[] address = host.startsWith("[") ? ipv6(host.substring(1, host.length() - 1))
                : IPV4_LIKE.matcher(host).matches() ? ipv4(host) : null;
        return address != null && isPrivate(address);
    }

    private static boolean isPrivate(byte[] address) {
        try {
            InetAddress ip = InetAddress.getByAddress(address);
            if (ip.isLoopbackAddress() || ip.isLinkLocalAddress() || ip.isSiteLocalAddress()
                    || ip.isAnyLocalAddress()) {
                return true;
            }
        } catch (UnknownHostException e) {
            return false;
        }
        if (address.length == 4) {
            int a = address[0] & 0xff;
            int b = address[1] & 0xff;
            return a == 0 || (a == 100 && b >= 64 && b < 128);   // "this network", carrier-grade NAT
        }
        if ((address[0] & 0xfe) == 0xfc) {                        // unique local fc00::/7
            return true;
        }
        boolean mapped = true;                                   // ::ffff:a.b.c.d (Java maps these to IPv4 itself)
        for (int i = 0; i < 10; i++) {
            mapped &= address[i] == 0;
        }
        return mapped && (address[10] & 0xff) == 0xff && (address[11] & 0xff) == 0xff
                && isPrivate(new byte[]{address[12], address[13], address[14], address[15]});
    }

    /** A literal IPv6 address; {@link InetAddress} does not resolve names given in this form. */
    private static byte[] ipv6(String literal) {
        if (!literal.contains(":")) {
            return null;
        }
        int zone = literal.indexOf('%');
        try {
            return InetAddress.getByName(zone < 0 ? literal : literal.substring(0, zone)).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** IPv4 as inet_aton reads it (what curl and most fetchers accept): 127.1, 2130706433, 0x7f.0.0.1, 0177.0.0.1. */
    private static byte[] ipv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length > 4) {
            return null;
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                String p = parts[i];
                values[i] = p.startsWith("0x") ? Long.parseLong(p.substring(2), 16)
                        : p.length() > 1 && p.startsWith("0") ? Long.parseLong(p.substring(1), 8) : Long.parseLong(p);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        long last = values[values.length - 1];
        long value = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 255) {
                return null;
            }
            value |= values[i] << (24 - 8 * i);
        }
        if (last >= 1L << (8 * (5 - values.length))) {
            return null;
        }
        value |= last;
        return new byte[]{(byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }

    private static String shortened(String url) {
        return url.length() <= 200 ? url : url.substring(0, 200) + "...";
    }
}
