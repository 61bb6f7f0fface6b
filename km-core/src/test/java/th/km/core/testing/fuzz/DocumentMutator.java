package th.km.core.testing.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Malformed Word files and PDFs made from valid ones: a DOCX with a part dropped, written twice,
 * its XML broken or given entities, or a zip bomb; a PDF with a broken cross-reference table, a
 * wrong {@code startxref}, cut streams or no trailer; and byte damage for both.
 */
public final class DocumentMutator {

  private static final String BODY = "word/document.xml";

  private DocumentMutator() {}

  /** A malformed variant of a valid DOCX. */
  public static byte[] docx(RandomGenerator random, byte[] valid) {
    Map<String, byte[]> parts = unzip(valid);
    List<String> names = new ArrayList<>(parts.keySet());
    switch (random.nextInt(8)) {
      case 0 -> parts.remove(Hostile.pick(random, names));
      case 1 -> {
        String xml = new String(parts.getOrDefault(BODY, new byte[0]), StandardCharsets.UTF_8);
        parts.put(BODY, TextMutator.text(random, xml).getBytes(StandardCharsets.UTF_8));
      }
      case 2 -> parts.put(BODY, entities(random).getBytes(StandardCharsets.UTF_8));
      case 3 -> {
        return bomb(parts);
      }
      case 4 -> {
        String name = Hostile.pick(random, names);
        parts.put(name, TextMutator.bytes(random, parts.get(name)));
      }
      case 5 -> {
        return zip(parts, Hostile.pick(random, names));
      }
      default -> {
        return TextMutator.bytes(random, valid);
      }
    }
    return zip(parts, null);
  }

  /** A malformed variant of a valid PDF. */
  public static byte[] pdf(RandomGenerator random, byte[] valid) {
    String text = new String(valid, StandardCharsets.ISO_8859_1);
    String broken =
        switch (random.nextInt(7)) {
          case 0 -> replaceNumbers(random, text, Pattern.compile("(?<=startxref\\s)\\d+"));
          case 1 -> replaceNumbers(random, text, Pattern.compile("\\d{10} \\d{5} [nf]"));
          case 2 -> text.replaceFirst("xref", "xr3f");
          case 3 -> text.replaceFirst("(?s)trailer.*", "");
          case 4 -> replaceNumbers(random, text, Pattern.compile("(?<=/Length )\\d+"));
          case 5 -> text.replaceFirst("(?s)stream\\r?\\n(.{0,40}).*?endstream", "stream\n$1");
          default -> new String(TextMutator.bytes(random, valid), StandardCharsets.ISO_8859_1);
        };
    return broken.getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * A small valid PDF of one page showing the lines in Helvetica (Latin text only), written by hand
   * with a correct cross-reference table, as the seed of PDF mutations.
   */
  public static byte[] samplePdf(List<String> lines) {
    StringBuilder content = new StringBuilder("BT /F1 11 Tf 40 800 Td 14 TL\n");
    for (String line : lines) {
      content.append('(').append(line.replaceAll("[^ -~]", "?").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")).append(") Tj T*\n");
    }
    content.append("ET");
    List<String> objects =
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String replaceNumbers(RandomGenerator random, String text, Pattern where) {
    Matcher m = where.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String with = switch (random.nextInt(4)) {
        case 0 -> "0";
        case 1 -> "-1";
        case 2 -> "99999999999";
        default -> String.valueOf(random.nextInt(Math.max(1, text.length())));
      };
      if (m.group().length() == 18) {
        // An entry of the cross-reference table keeps its fixed width and points elsewhere.
        with = String.format(java.util.Locale.ROOT, "%010d 00000 n", random.nextLong(10_000_000_000L));
      }
      m.appendReplacement(b, Matcher.quoteReplacement(with));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** An XML body that defines entities: billion laughs, or an external file. */
  private static String entities(RandomGenerator random) {
    if (random.nextBoolean()) {
      return "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
          + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          + "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
    }
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      b.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    return b.append("]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">")
        .append("<w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>")
        .toString();
  }

  private static final Map<Integer, byte[]> BOMBS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The parts with a body that inflates from about 200 kilobytes to 200 megabytes; made once per
   * document, as making one takes as long as reading it would.
   */
  private static byte[] bomb(Map<String, byte[]> parts) {
    return BOMBS.computeIfAbsent(parts.keySet().hashCode(), k -> makeBomb(parts));
  }

  private static byte[] makeBomb(Map<String, byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        if (e.getKey().equals(BODY)) {
          byte[] spaces = new byte[1 << 20];
          java.util.Arrays.fill(spaces, (byte) ' ');
          int megabytes = 200;
          for (int i = 0; i < megabytes; i++) {
            zip.write(spaces);
          }
        } else {
          zip.write(e.getValue());
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Map<String, byte[]> unzip(byte[] docx) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), zip.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  /** The parts zipped again; the part named twice, if any, is written a second time. */
  private static byte[] zip(Map<String, byte[]> parts, @org.jspecify.annotations.Nullable String twice) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
      if (twice != null) {
        // ZipOutputStream refuses a duplicate name; a variant of the name's case slips past it.
        zip.putNextEntry(new ZipEntry(twice.toUpperCase(java.util.Locale.ROOT)));
        zip.write(parts.get(twice));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
