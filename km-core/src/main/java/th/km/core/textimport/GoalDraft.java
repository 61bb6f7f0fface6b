package th.km.core.textimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.plan.Framework;

/** A KM goal gathered from all the pages its table runs over, before it is built. */
final class GoalDraft {

  final int number;
  final String title;
  final SourceLine titleLine;
  final List<String> variants = new ArrayList<>();
  List<String> outcomes = List.of();
  Optional<Framework> declared = Optional.empty();
  final Map<Integer, ActionRow> rows = new LinkedHashMap<>();

  GoalDraft(int number, String title, SourceLine titleLine) {
    this.number = number;
    this.title = title;
    this.titleLine = titleLine;
  }
}
