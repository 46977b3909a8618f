package org.newssearch.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One person, place or organisation with every spelling the gazetteer knows, by form: the regional
 * Chinese forms, English, Russian, Ukrainian, historical names and the user's own aliases.
 *
 * @param id stable identifier ({@code volodymyr-zelensky}, {@code country:UA})
 * @param type person, place or organisation
 * @param spellings per form ({@link SpellingForm#tag}), the spellings in the order the file gives them
 */
public record Entity(String id, EntityType type, Map<String, List<String>> spellings) {

  public Entity {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    spellings.forEach((form, list) -> copy.put(form, List.copyOf(list)));
    spellings = java.util.Collections.unmodifiableMap(copy);
  }

  /** Every spelling once, in the order of the forms and of the file. */
  public List<String> all() {
    Set<String> all = new LinkedHashSet<>();
    spellings.values().forEach(all::addAll);
    return List.copyOf(all);
  }

  /** This entity with more spellings of {@code form} (those it already has are not repeated). */
  Entity plus(String form, List<String> more) {
    Map<String, List<String>> merged = new LinkedHashMap<>(spellings);
    List<String> list = new ArrayList<>(merged.getOrDefault(form, List.of()));
    more.stream().filter(s -> !list.contains(s)).forEach(list::add);
    merged.put(form, list);
    return new Entity(id, type, merged);
  }

  /** This entity with every spelling of {@code other} added, form by form. */
  Entity plus(Entity other) {
    Entity merged = this;
    for (Map.Entry<String, List<String>> form : other.spellings.entrySet()) {
      merged = merged.plus(form.getKey(), form.getValue());
    }
    return merged;
  }
}
