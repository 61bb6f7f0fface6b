package th.km.core.textimport;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Splits "a person and a position" the way committee lists write them. */
final class People {

  /** A seat's holder: the person's name with title, the position, or both. */
  record Holder(Optional<String> person, Optional<String> position) {}

  /** Words that start a person's name (title of address or rank). */
  private static final List<String> TITLES =
      List.of(
          "นางสาว", "นาง", "นาย", "น.ส.", "ว่าที่", "ดร.", "ร.ต.", "ร.ท.", "ร.อ.", "จ.ส.อ.",
          "จ.ส.ท.", "ส.อ.", "ส.ท.", "ส.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร้อยตรี", "ร้อยโท", "ร้อยเอก",
          "จ่าเอก");

  /** A title written apart from the name ("นาย สมชาย ใจดี"). */
  private static final List<String> BARE_TITLES = List.of("นาย", "นาง", "นางสาว", "น.ส.", "ว่าที่");

  private People() {}

  /**
   * Whether the text starts with a person's title (and is not นายก…, the head of the executive).
   */
  static boolean startsWithPerson(String text) {
    return !text.startsWith("นายก") && TITLES.stream().anyMatch(text::startsWith);
  }

  /**
   * Reads "นายนคร กันกา ตำแหน่ง หัวหน้าสำนักปลัดเทศบาล", "นายชุมพร จาปัญญา
   * นายกเทศมนตรีตำบลบ้านแหวน" or a bare position "ผู้อำนวยการกองคลัง". Without the word ตำแหน่ง the
   * name is the title word and two names (given and family).
   */
  static Holder read(String text) {
    String t = Text.trim(text);
    int label = t.indexOf("ตำแหน่ง");
    if (label >= 0) {
      return new Holder(
          nonBlank(t.substring(0, label)), nonBlank(t.substring(label + "ตำแหน่ง".length())));
    }
    if (!startsWithPerson(t)) {
      return new Holder(Optional.empty(), nonBlank(t));
    }
    String[] words = t.split("\\s+");
    int nameWords = BARE_TITLES.contains(words[0]) ? 3 : 2;
    int taken = Math.min(nameWords, words.length);
    return new Holder(
        nonBlank(String.join(" ", Arrays.copyOfRange(words, 0, taken))),
        nonBlank(String.join(" ", Arrays.copyOfRange(words, taken, words.length))));
  }

  private static Optional<String> nonBlank(String s) {
    String t = Text.trim(s);
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }
}
