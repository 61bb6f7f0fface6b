package th.km.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import th.km.core.plan.KmPlan;
import th.km.persistence.PersistenceException;
import th.km.persistence.planfile.PlanFileException;
import th.km.persistence.planfile.PlanFiles;

/** Reads the plan file a command was given, turning every failure into unusable input. */
final class PlanInput {

  private PlanInput() {}

  static KmPlan read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UnusableInputException(
          "ไม่พบไฟล์แผน " + file, "plan file " + file + " does not exist or is not a file");
    }
    try {
      return PlanFiles.read(file);
    } catch (PlanFileException e) {
      throw new UnusableInputException(e.messageTh(), e.messageEn(), e);
    } catch (PersistenceException e) {
      throw new UnusableInputException(
          "อ่านไฟล์แผน " + file + " ไม่ได้", "cannot read plan file " + file + ": " + e.getMessage(), e);
    }
  }
}
