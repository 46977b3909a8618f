package org.newssearch.analysis.smartcn;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;

/**
 * smartcn's {@code coredict.mem} and {@code bigramdict.mem}, read from its jar and converted into an
 * {@link HhmmDictionary}: at build time by {@link HhmmDictionaryGenerator}, and at run time only when
 * the compact form is missing. Which prefixes smartcn's walk reaches, which are words, and which
 * hash2 steps find each bigram are worked out by running smartcn's own lookups (ported literally in
 * {@link SmartcnWords} and {@link SmartcnBigrams}) over its arrays.
 */
final class SmartcnDictionaries {

  private SmartcnDictionaries() {}

  /** Reads smartcn's serialized dictionaries from its jar and converts them. */
  static HhmmDictionary load() throws IOException {
    Object[] core = readMem("coredict.mem", 4);
    Object[] bigram = readMem("bigramdict.mem", 2);
    SmartcnWords words = new SmartcnWords((short[]) core[0], (char[]) core[1], (char[][][]) core[2],
        (int[][]) core[3]);
    return convert(words, (long[]) bigram[0], (int[]) bigram[1]);
  }

  private static Object[] readMem(String name, int count) throws IOException {
    InputStream raw = HHMMSegmenter.class.getResourceAsStream(name);
    if (raw == null) {
      throw new IOException("smartcn's " + name + " is not on the class path");
    }
    try (ObjectInputStream in = new ObjectInputStream(raw)) {
      // As smartcn: arrays of primitives only.
      in.setObjectInputFilter(info -> {
        Class<?> type = info.serialClass();
        if (type == null) {
          return ObjectInputFilter.Status.UNDECIDED;
        }
        while (type.isArray()) {
          type = type.getComponentType();
        }
        return type.isPrimitive() ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
      });
      Object[] objects = new Object[count];
      for (int i = 0; i < count; i++) {
        objects[i] = in.readObject();
      }
      return objects;
    } catch (ClassNotFoundException e) {
      throw new IOException(e);
    }
  }

  private static HhmmDictionary convert(SmartcnWords words, long[] bigramHashes, int[] bigramFreqs) {
    // Every Han prefix of every word, as a trie of maps; then smartcn's own walk over it decides which
    // prefixes it reaches and which of them are words, and the reached ones are laid out breadth first.
    Layout trie = layOut(prefixTrie(words));
    int[] classFreqs = {words.frequency("未##串"), words.frequency("未##数"), words.frequency("始##始"),
        words.frequency("末##末")};

    return new HhmmDictionary(classFreqs, trie.roots(), trie.label(), trie.firstChild(), trie.frequency(),
        bigramPairs(bigramHashes, bigramFreqs));
  }

  /** Every Han prefix of every word of smartcn's, with what smartcn's own walk finds for it. */
  private record PrefixTrie(List<Map<Character, Integer>> children, List<Integer> found, List<Integer> freqs, int[] roots) {}

  private static PrefixTrie prefixTrie(SmartcnWords words) {
    List<Map<Character, Integer>> children = new ArrayList<>();
    List<Integer> found = new ArrayList<>(); // smartcn's getPrefixMatch result for the node's prefix
    List<Integer> freqs = new ArrayList<>();
    int[] roots = new int[HhmmDictionary.HAN_LAST - HhmmDictionary.HAN_FIRST + 1];
    Arrays.fill(roots, -1);
    for (char c = HhmmDictionary.HAN_FIRST; c <= HhmmDictionary.HAN_LAST; c++) {
      char[][] row = words.row(c);
      if (row == null) {
        continue;
      }
      int root = children.size();
      children.add(new HashMap<>());
      roots[c - HhmmDictionary.HAN_FIRST] = root;
      // The single character: smartcn's getFrequency of it (its empty or null tail), 0 when none.
      found.add(SmartcnWords.prefixMatch(row, new char[] {c}, 0));
      freqs.add(words.frequency(c, new char[0]));
      for (char[] tail : row) {
        if (tail == null) {
          continue;
        }
        int node = root;
        char[] prefix = {c};
        for (int han = 0; han < tail.length && tail[han] >= HhmmDictionary.HAN_FIRST && tail[han] <= HhmmDictionary.HAN_LAST; han++) {
          prefix = Arrays.copyOf(prefix, prefix.length + 1);
          prefix[prefix.length - 1] = tail[han];
          Integer next = children.get(node).get(tail[han]);
          if (next == null) {
            // As smartcn's walk: look the longer prefix up from where the shorter one was found.
            int parentFound = found.get(node);
            int at = parentFound == -1 ? -1 : SmartcnWords.prefixMatch(row, prefix, parentFound);
            next = children.size();
            children.add(new HashMap<>());
            found.add(at);
            freqs.add(at != -1 && SmartcnWords.isEqual(row, prefix, at)
                ? words.frequency(c, Arrays.copyOfRange(prefix, 1, prefix.length)) : -1);
            children.get(node).put(tail[han], next);
          }
          node = next;
        }
      }
    }
    return new PrefixTrie(children, found, freqs, roots);
  }

  /** The reached prefixes laid out breadth first: the arrays of {@link HhmmDictionary}'s trie. */
  private record Layout(int[] roots, char[] label, int[] firstChild, int[] frequency) {}

  private static Layout layOut(PrefixTrie trie) {
    List<Map<Character, Integer>> children = trie.children();
    List<Integer> found = trie.found();
    List<Integer> freqs = trie.freqs();
    int[] roots = trie.roots();
    // Breadth first: the roots in character order, then the reached children of each node by character.
    int total = children.size();
    int[] newId = new int[total];
    int[] order = new int[total];
    char[] labels = new char[total];
    int n = 0;
    for (char c = HhmmDictionary.HAN_FIRST; c <= HhmmDictionary.HAN_LAST; c++) {
      int root = roots[c - HhmmDictionary.HAN_FIRST];
      if (root >= 0) {
        labels[n] = c;
        newId[root] = n;
        order[n++] = root;
      }
    }
    int[] firstChild = new int[total + 1];
    int k = 0;
    for (; k < n; k++) {
      firstChild[k] = n;
      List<Map.Entry<Character, Integer>> kids = new ArrayList<>(children.get(order[k]).entrySet());
      kids.sort(Map.Entry.comparingByKey());
      for (Map.Entry<Character, Integer> kid : kids) {
        if (found.get(kid.getValue()) != -1) {
          labels[n] = kid.getKey();
          newId[kid.getValue()] = n;
          order[n++] = kid.getValue();
        }
      }
    }
    firstChild[n] = n;
    char[] label = Arrays.copyOf(labels, n);
    firstChild = Arrays.copyOf(firstChild, n + 1);
    int[] frequency = new int[n];
    for (k = 0; k < n; k++) {
      frequency[k] = freqs.get(order[k]);
    }
    for (int c = 0; c < roots.length; c++) {
      if (roots[c] >= 0) {
        roots[c] = newId[roots[c]];
      }
    }
    return new Layout(roots, label, firstChild, frequency);
  }

  /** smartcn's bigrams, and for each the hash2 steps with which smartcn's probe reaches its slot. */
  private static BigramTable.Pairs bigramPairs(long[] bigramHashes, int[] bigramFreqs) {
    int pairs = 0;
    for (long hash : bigramHashes) {
      if (hash != 0) {
        pairs++;
      }
    }
    long[] pairHashes = new long[pairs];
    int[] pairFreqs = new int[pairs];
    int[] pairSteps = new int[pairs];
    short[] steps = new short[1024];
    int stepsLength = 0;
    short[] reaching = new short[BigramTable.MAX_HASH2 + 1];
    pairs = 0;
    for (int slot = 0; slot < bigramHashes.length; slot++) {
      long hash = bigramHashes[slot];
      if (hash == 0) {
        continue;
      }
      pairHashes[pairs] = hash;
      pairFreqs[pairs] = bigramFreqs[slot];
      int reached = 0;
      boolean home = true;
      for (int step = 0; step <= BigramTable.MAX_HASH2; step++) {
        if (SmartcnBigrams.reaches(bigramHashes, hash, step, slot)) {
          reaching[reached++] = (short) step;
        } else {
          home = false;
        }
      }
      if (home) {
        pairSteps[pairs] = BigramTable.ANY_STEP;
      } else if (reached <= 3) {
        pairSteps[pairs] = BigramTable.packedSteps(reaching, reached);
      } else {
        if (stepsLength + reached + 1 > steps.length) {
          steps = Arrays.copyOf(steps, steps.length * 2 + reached + 1);
        }
        pairSteps[pairs] = stepsLength;
        steps[stepsLength++] = (short) reached;
        System.arraycopy(reaching, 0, steps, stepsLength, reached);
        stepsLength += reached;
      }
      pairs++;
    }
    return new BigramTable.Pairs(pairHashes, pairFreqs, pairSteps, Arrays.copyOf(steps, stepsLength));
  }

  /** smartcn's BigramDictionary probe, ported literally (used only to build the compact form). */
  private static final class SmartcnBigrams {

    /** Whether getBigramItemIndex for {@code hash} with this hash2 {@code step} returns {@code slot}. */
    static boolean reaches(long[] bigramHashTable, long hashId, int step, int slot) {
      int hash1 = (int) (hashId % BigramTable.PRIME_BIGRAM_LENGTH);
      int hash2 = step % BigramTable.PRIME_BIGRAM_LENGTH;
      if (hash1 < 0) {
        hash1 = BigramTable.PRIME_BIGRAM_LENGTH + hash1;
      }
      if (hash2 < 0) {
        hash2 = BigramTable.PRIME_BIGRAM_LENGTH + hash2;
      }
      if (hash1 != slot && hash2 == 0) {
        return false; // smartcn probes hash1 again and again until it gives up
      }
      int index = hash1;
      int i = 1;
      while (bigramHashTable[index] != 0 && bigramHashTable[index] != hashId && i < BigramTable.PRIME_BIGRAM_LENGTH) {
        index = (hash1 + i * hash2) % BigramTable.PRIME_BIGRAM_LENGTH;
        i++;
      }
      return i < BigramTable.PRIME_BIGRAM_LENGTH && bigramHashTable[index] == hashId && index == slot;
    }
  }
}
