package th.km.web.planimport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.textimport.ImportIssue;
import th.km.core.textimport.ImportOptions;
import th.km.core.textimport.ImportResult;
import th.km.core.textimport.ImportSummary;
import th.km.core.textimport.PlanTextImporter;

/**
 * Reads plans written as UTF-8 text with the core's text importer. The content decides, never the
 * file's name: a PDF, a Word file or anything that is not UTF-8 text is refused with a message
 * saying what it looks like.
 */
public final class TextPlanReading implements PlanReading {

  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @Override
  public Reading read(byte[] content, String fileName, Optional<OrganizationCode> code) {
    if (startsWith(content, PDF)) {
      return new Reading.Unsupported(
          "ไฟล์ \"" + fileName + "\" เป็น PDF ซึ่งเซิร์ฟเวอร์นี้ยังอ่านไม่ได้ ให้บันทึกแผนเป็นข้อความ UTF-8 แล้วอัปโหลดใหม่",
          "\"" + fileName + "\" is a PDF, which this server cannot read yet; save the plan as UTF-8"
              + " text and upload that");
    }
    if (startsWith(content, ZIP)) {
      return new Reading.Unsupported(
          "ไฟล์ \"" + fileName + "\" เป็นไฟล์บีบอัด (เช่น DOCX) ซึ่งเซิร์ฟเวอร์นี้ยังอ่านไม่ได้ ให้บันทึกแผนเป็นข้อความ UTF-8 แล้วอัปโหลดใหม่",
          "\"" + fileName + "\" is a ZIP-based file (such as DOCX), which this server cannot read"
              + " yet; save the plan as UTF-8 text and upload that");
    }
    Optional<String> text = utf8(content);
    if (text.isEmpty()) {
      return new Reading.Unsupported(
          "ไฟล์ \"" + fileName + "\" ไม่ใช่ข้อความ UTF-8 (อาจเป็นรูปภาพหรือไฟล์ชนิดอื่น)",
          "\"" + fileName + "\" is not UTF-8 text (it may be an image or another kind of file)");
    }
    ImportOptions options = code.map(ImportOptions::withOrganizationCode).orElse(ImportOptions.defaults());
    ImportResult result = PlanTextImporter.importText(text.get(), options);
    List<NotUnderstood> issues = new ArrayList<>(result.issues().stream().map(NotUnderstood::of).toList());
    if (result.plan().isEmpty()) {
      return new Reading.NoPlan("text", issues);
    }
    KmPlan plan = result.plan().get();
    int activities = plan.goals().stream().mapToInt(g -> g.activities().size()).sum();
    if (activities == 0) {
      issues.add(
          0,
          new NotUnderstood(
              ImportIssue.shorten(fileName),
              "whole document",
              "ทั้งเอกสาร",
              "error",
              "ไม่พบเป้าหมาย KM หรือกิจกรรมในแผนปฏิบัติการ จึงไม่ถือว่านำเข้าแผนได้",
              "no KM goal or action-plan activity was found, so no plan was imported"));
      return new Reading.NoPlan("text", issues);
    }
    return new Reading.Read("text", plan, issues, ImportSummary.of(plan, result.issues()));
  }

  /** The text, without a byte-order mark, if the bytes are UTF-8 text without control bytes. */
  static Optional<String> utf8(byte[] content) {
    int start = startsWith(content, BOM) ? BOM.length : 0;
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content, start, content.length - start))
              .toString();
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
    boolean binary = text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
    return binary || text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
