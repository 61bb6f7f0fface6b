package th.km.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import th.km.persistence.PersistenceException;
import th.km.persistence.document.DocBlock;
import th.km.persistence.document.Digits;
import th.km.persistence.document.Document;
import th.km.persistence.document.DocxDocumentWriter;
import th.km.persistence.document.HtmlDocumentWriter;
import th.km.persistence.document.PdfDocuments;
import th.km.persistence.document.PdfEngine;

/**
 * Renders a document in the format a {@code km doc} command was asked for and writes it to its
 * output file whole or not at all; says on stderr which program printed a PDF.
 */
final class DocOutput {

  /** The formats of {@code --format}. */
  enum Format {
    docx,
    pdf,
    html
  }

  /** The digit styles of {@code --digits}. */
  enum DigitStyle {
    thai,
    arabic;

    Digits digits() {
      return this == thai ? Digits.THAI : Digits.ARABIC;
    }
  }

  /**
   * The options of a {@code km doc} command that writes one document: {@code --format}, {@code -o}
   * and {@code --digits}. A picocli mixin, so that every such command reads them alike.
   */
  static final class Options {

    @Option(
        names = "--format",
        required = true,
        paramLabel = "docx|pdf|html",
        description = "รูปแบบไฟล์ / the file format: ${COMPLETION-CANDIDATES}")
    private Format format = Format.pdf;

    @Option(
        names = "-o",
        required = true,
        paramLabel = "<file>",
        description = "ไฟล์ผลลัพธ์ / the output file")
    private @Nullable Path output;

    @Option(
        names = "--digits",
        paramLabel = "thai|arabic",
        description =
            "เลขไทยหรือเลขอารบิก (ค่าเริ่มต้น thai) / Thai or Arabic digits (default ${DEFAULT-VALUE})")
    private DigitStyle digits = DigitStyle.thai;

    /** The digits of {@code --digits}. */
    Digits digits() {
      return digits.digits();
    }

    /** Writes the document in the format asked for to the file of {@code -o}, and says so. */
    void write(Document doc, PrintWriter err) {
      Path file = Objects.requireNonNull(output, "picocli did not set the required -o");
      DocOutput.write(doc, format, file, err);
      err.println("km: เขียน " + file + " แล้ว / wrote " + file);
      err.flush();
    }
  }

  /**
   * The environment variable that names the PDF engine to use ("chromium", "libreoffice",
   * "openhtmltopdf").
   */
  static final String ENGINE_VARIABLE = "KM_PDF_ENGINE";

  private DocOutput() {}

  static void write(Document doc, Format format, Path file, PrintWriter err) {
    write(doc, format, file, err, System.getenv(ENGINE_VARIABLE));
  }

  /**
   * Writes the document, a PDF printed by the engine named (by {@code KM_PDF_ENGINE}), or by the
   * first one installed when none is named.
   */
  static void write(
      Document doc, Format format, Path file, PrintWriter err, @Nullable String engineName) {
    byte[] bytes =
        switch (format) {
          case html -> HtmlDocumentWriter.write(doc).getBytes(StandardCharsets.UTF_8);
          case docx -> DocxDocumentWriter.write(doc);
          case pdf -> pdf(doc, err, engineName);
        };
    writeFile(bytes, file);
  }

  /** Writes the bytes to the file whole or not at all, through a temporary file beside it. */
  static void writeFile(byte[] bytes, Path file) {
    Path target = file.toAbsolutePath();
    Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
    try {
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the message below names the real failure
      }
      throw new UnusableInputException(
          "เขียนไฟล์ " + file + " ไม่ได้: " + e.getMessage(),
          "cannot write " + file + ": " + e.getMessage(),
          e);
    }
  }

  private static byte[] pdf(Document doc, PrintWriter err, @Nullable String wanted) {
    // Without a name the choice never fails: openhtmltopdf, in km's jar, is always there.
    Optional<PdfEngine> engine = PdfDocuments.choose(wanted);
    if (engine.isEmpty()) {
      throw new UnusableInputException(
          ENGINE_VARIABLE + "=" + wanted + ": ไม่มีโปรแกรมทำ PDF ชื่อนี้ในเครื่องนี้ ใช้ chromium,"
              + " libreoffice (apt-get install chromium หรือ libreoffice-writer-nogui) หรือ openhtmltopdf"
              + " หรือไม่ต้องกำหนดค่านี้",
          ENGINE_VARIABLE + "=" + wanted + ": no PDF renderer of that name is installed; use chromium,"
              + " libreoffice (apt-get install chromium or libreoffice-writer-nogui) or openhtmltopdf,"
              + " or leave it unset");
    }
    try {
      PdfDocuments.Printed printed = PdfDocuments.print(doc, engine.get());
      err.println("km: ทำ PDF ด้วย " + printed.engine() + " / PDF printed by " + printed.engine());
      err.flush();
      return printed.pdf();
    } catch (PersistenceException e) {
      String[] both = Main.thaiAndEnglish(String.valueOf(e.getMessage()));
      throw new UnusableInputException(
          "ทำ PDF ไม่สำเร็จ: " + both[0], "the PDF could not be printed: " + both[1], e);
    }
  }

  /** The emblem of {@code --emblem}: a PNG or JPEG file, printed 3 cm wide. */
  static Optional<DocBlock.Image> emblem(@Nullable Path file) {
    if (file == null) {
      return Optional.empty();
    }
    byte[] data;
    try {
      data = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnusableInputException(
          "อ่านไฟล์ตราสัญลักษณ์ " + file + " ไม่ได้", "cannot read the emblem file " + file, e);
    }
    String type;
    if (data.length > 4 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
      type = "image/png";
    } else if (data.length > 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8) {
      type = "image/jpeg";
    } else {
      throw new UnusableInputException(
          "--emblem " + file + " ไม่ใช่ไฟล์ภาพ PNG หรือ JPEG",
          "--emblem " + file + " is not a PNG or JPEG image");
    }
    return Optional.of(new DocBlock.Image(data, type, 3.0));
  }
}
