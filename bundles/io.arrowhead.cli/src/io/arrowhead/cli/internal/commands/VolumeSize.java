package io.arrowhead.cli.internal.commands;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.arrowhead.core.VolumeRules;
import io.arrowhead.scaleio.client.Sizes;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A volume size as typed, such as 16GiB, 16G or 1TiB, in GiB. Units are binary whatever their spelling, as the
 * gateway's are. The gateway allocates whole units of 8 GiB, so any other size is refused rather than rounded.
 */
final class VolumeSize implements ITypeConverter<Long> {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMGTP])(I?B)?");
    private static final String UNITS = "KMGTP";

    @Override
    public Long convert(String text) {
        Matcher matcher = SIZE.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new TypeConversionException("'" + text + "' is not a size: give a whole number and a unit, such as "
                + "16GiB, 16G or 1TiB.");
        }
        BigInteger kib = new BigInteger(matcher.group(1))
            .shiftLeft(10 * UNITS.indexOf(matcher.group(2).charAt(0)));
        BigInteger[] gib = kib.divideAndRemainder(BigInteger.valueOf(Sizes.KIB_PER_GIB));
        if (gib[0].compareTo(BigInteger.valueOf(VolumeRules.MAX_SIZE_GIB)) > 0) {
            throw new TypeConversionException("The size can be at most " + VolumeRules.MAX_SIZE_GIB
                + " GiB (1 PiB), not " + text + ".");
        }
        long wholeGib = gib[0].longValueExact();
        if (gib[1].signum() != 0 || wholeGib == 0 || VolumeRules.allocatedGib(wholeGib) != wholeGib) {
            long lower = wholeGib / Sizes.ALLOCATION_UNIT_GIB * Sizes.ALLOCATION_UNIT_GIB;
            long upper = VolumeRules.allocatedGib(gib[1].signum() != 0 ? wholeGib + 1 : Math.max(1, wholeGib));
            throw new TypeConversionException("The gateway allocates volumes in whole units of "
                + Sizes.ALLOCATION_UNIT_GIB + " GiB, so " + text + " is not a size it can give: use "
                + (lower == 0 ? "" : lower + "GiB or ") + upper + "GiB.");
        }
        return wholeGib;
    }
}
