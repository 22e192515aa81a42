package org.clinic.handouts.render;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Removes TrueType hinting (the fpgm, prep and cvt programs and every glyph's instructions) from a font, in
 * memory, before it is subset into a PDF. Hints help low-resolution screens; at print resolution and in today's
 * PDF viewers they are not used, yet they were over half of each embedded subset. (WeasyPrint drops them the
 * same way.) The font files in fonts/ stay as their authors made them. A font without glyf outlines (CFF) is
 * returned unchanged.
 */
final class TrueTypeHinting {
    private static final Set<String> HINTING_TABLES = Set.of("fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX");
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
    private static final int WE_HAVE_INSTRUCTIONS = 0x0100;

    private TrueTypeHinting() {}

    static byte[] strip(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int numTables = in.getShort(4) & 0xffff;
        Map<String, byte[]> tables = new TreeMap<>();
        for (int i = 0; i < numTables; i++) {
            int record = 12 + 16 * i;
            String tag = new String(font, record, 4, StandardCharsets.ISO_8859_1);
            int offset = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            byte[] table = new byte[length];
            System.arraycopy(font, offset, table, 0, length);
            tables.put(tag, table);
        }
        if (!tables.containsKey("glyf") || !tables.containsKey("loca") || !tables.containsKey("head")) {
            return font;
        }
        HINTING_TABLES.forEach(tables::remove);
        rewriteGlyphs(tables);
        return assemble(in.getInt(0), tables);
    }

    /** Copies each glyph without its instructions and writes a long-format loca for the new offsets. */
    private static void rewriteGlyphs(Map<String, byte[]> tables) {
        byte[] head = tables.get("head");
        boolean longLoca = ByteBuffer.wrap(head).getShort(50) == 1;
        ByteBuffer loca = ByteBuffer.wrap(tables.get("loca"));
        ByteBuffer glyf = ByteBuffer.wrap(tables.get("glyf"));
        int glyphs = tables.get("loca").length / (longLoca ? 4 : 2) - 1;
        ByteBuffer newGlyf = ByteBuffer.allocate(tables.get("glyf").length + 4 * glyphs);
        ByteBuffer newLoca = ByteBuffer.allocate(4 * (glyphs + 1));
        for (int g = 0; g < glyphs; g++) {
            int start = longLoca ? loca.getInt(4 * g) : (loca.getShort(2 * g) & 0xffff) * 2;
            int end = longLoca ? loca.getInt(4 * g + 4) : (loca.getShort(2 * g + 2) & 0xffff) * 2;
            newLoca.putInt(4 * g, newGlyf.position());
            if (end > start) {
                copyWithoutInstructions(glyf, start, end, newGlyf);
                while (newGlyf.position() % 4 != 0) {
                    newGlyf.put((byte) 0);
                }
            }
        }
        newLoca.putInt(4 * glyphs, newGlyf.position());
        byte[] glyfBytes = new byte[newGlyf.position()];
        System.arraycopy(newGlyf.array(), 0, glyfBytes, 0, glyfBytes.length);
        tables.put("glyf", glyfBytes);
        tables.put("loca", newLoca.array());
        ByteBuffer.wrap(head).putShort(50, (short) 1);
        if (tables.containsKey("maxp") && tables.get("maxp").length >= 28) {
            ByteBuffer.wrap(tables.get("maxp")).putShort(26, (short) 0);  // maxSizeOfInstructions
        }
    }

    private static void copyWithoutInstructions(ByteBuffer glyf, int start, int end, ByteBuffer out) {
        short contours = glyf.getShort(start);
        if (contours >= 0) {
            int instructionsAt = start + 10 + 2 * contours;
            int instructionLength = glyf.getShort(instructionsAt) & 0xffff;
            out.put(glyf.array(), start, instructionsAt - start).putShort((short) 0);
            int rest = instructionsAt + 2 + instructionLength;
            out.put(glyf.array(), rest, end - rest);
            return;
        }
        int p = start + 10;
        int flagsAt;
        int flags;
        do {
            flagsAt = p;
            flags = glyf.getShort(p) & 0xffff;
            p += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
            if ((flags & WE_HAVE_A_SCALE) != 0) {
                p += 2;
            } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                p += 4;
            } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                p += 8;
            }
        } while ((flags & MORE_COMPONENTS) != 0);
        int copyFrom = out.position();
        out.put(glyf.array(), start, p - start);
        out.putShort(copyFrom + (flagsAt - start), (short) (flags & ~WE_HAVE_INSTRUCTIONS));
    }

    /** Writes the tables back as a font file: sorted directory, 4-byte aligned tables, correct checksums. */
    private static byte[] assemble(int version, Map<String, byte[]> tables) {
        int count = tables.size();
        int size = 12 + 16 * count + tables.values().stream().mapToInt(t -> (t.length + 3) & ~3).sum();
        ByteBuffer out = ByteBuffer.allocate(size);
        int selector = 31 - Integer.numberOfLeadingZeros(count);
        out.putInt(version).putShort((short) count).putShort((short) ((1 << selector) * 16))
                .putShort((short) selector).putShort((short) ((count - (1 << selector)) * 16));
        ByteBuffer.wrap(tables.get("head")).putInt(8, 0);  // checkSumAdjustment, set below
        int offset = 12 + 16 * count;
        int index = 0;
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            int record = 12 + 16 * index++;
            out.put(record, table.getKey().getBytes(StandardCharsets.ISO_8859_1));
            out.putInt(record + 4, checksum(table.getValue()));
            out.putInt(record + 8, offset);
            out.putInt(record + 12, table.getValue().length);
            out.put(offset, table.getValue());
            offset += (table.getValue().length + 3) & ~3;
        }
        byte[] font = out.array();
        int headOffset = tableOffset(out, count, "head");
        ByteBuffer.wrap(font).putInt(headOffset + 8, (int) (0xB1B0AFBAL - (checksum(font) & 0xffffffffL)));
        return font;
    }

    private static int tableOffset(ByteBuffer font, int count, String tag) {
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            if (new String(font.array(), record, 4, StandardCharsets.ISO_8859_1).equals(tag)) {
                return font.getInt(record + 8);
            }
        }
        throw new IllegalStateException("no " + tag + " table");
    }

    private static int checksum(byte[] data) {
        long sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            long word = 0;
            for (int j = 0; j < 4; j++) {
                word = (word << 8) | (i + j < data.length ? data[i + j] & 0xff : 0);
            }
            sum += word;
        }
        return (int) sum;
    }
}
