package org.newssearch.analysis.smartcn;

/**
 * smartcn's WordDictionary lookups over its loaded arrays, ported literally (used only to build the
 * compact form): the char hash table and the binary search of a row.
 */
record SmartcnWords(short[] wordIndexTable, char[] charIndexTable, char[][][] items, int[][] freqs) {

  private static final int PRIME_INDEX_LENGTH = 12071;

  /** The row of words starting with {@code c} (their tails), or null when c has none. */
  char[][] row(char c) {
    short index = getWordItemTableIndex(c);
    if (index == -1) {
      return null;
    }
    char[][] row = items[wordIndexTable[index]];
    if (row == null) {
      // smartcn would fail here (a NullPointerException in getPrefixMatch).
      throw new IllegalStateException("smartcn's row for " + c + " is null");
    }
    return row;
  }

  int frequency(String word) {
    return frequency(word.charAt(0), word.substring(1).toCharArray());
  }

  /** smartcn's getFrequency(c + tail): 0 when it does not find the word. */
  int frequency(char c, char[] tail) {
    short hashIndex = getWordItemTableIndex(c);
    if (hashIndex == -1) {
      return 0;
    }
    char[] word = new char[tail.length + 1];
    word[0] = c;
    System.arraycopy(tail, 0, word, 1, tail.length);
    int itemIndex = findInTable(hashIndex, word);
    return itemIndex == -1 ? 0 : freqs[wordIndexTable[hashIndex]][itemIndex];
  }

  private int findInTable(short knownHashIndex, char[] charArray) {
    char[][] row = items[wordIndexTable[knownHashIndex]];
    int start = 0;
    int end = row.length - 1;
    int mid = (start + end) / 2;
    while (start <= end) {
      int cmpResult = compareArray(row[mid], 0, charArray, 1);
      if (cmpResult == 0) {
        return mid;
      } else if (cmpResult < 0) {
        start = mid + 1;
      } else {
        end = mid - 1;
      }
      mid = (start + end) / 2;
    }
    return -1;
  }

  /** smartcn's getPrefixMatch(charArray, knownStart) in the row of charArray[0]. */
  static int prefixMatch(char[][] items, char[] charArray, int knownStart) {
    int start = knownStart;
    int end = items.length - 1;
    int mid = (start + end) / 2;
    while (start <= end) {
      int cmpResult = compareArrayByPrefix(charArray, 1, items[mid], 0);
      if (cmpResult == 0) {
        while (mid >= 0 && compareArrayByPrefix(charArray, 1, items[mid], 0) == 0) {
          mid--;
        }
        return mid + 1;
      } else if (cmpResult < 0) {
        end = mid - 1;
      } else {
        start = mid + 1;
      }
      mid = (start + end) / 2;
    }
    return -1;
  }

  /** smartcn's isEqual(charArray, itemIndex) in the row of charArray[0]. */
  static boolean isEqual(char[][] items, char[] charArray, int itemIndex) {
    return compareArray(charArray, 1, items[itemIndex], 0) == 0;
  }

  private static int compareArrayByPrefix(char[] shortArray, int shortIndex, char[] longArray, int longIndex) {
    if (shortArray == null) {
      return 0;
    } else if (longArray == null) {
      return shortIndex < shortArray.length ? 1 : 0;
    }
    int si = shortIndex;
    int li = longIndex;
    while (si < shortArray.length && li < longArray.length && shortArray[si] == longArray[li]) {
      si++;
      li++;
    }
    if (si == shortArray.length) {
      return 0;
    }
    if (li == longArray.length) {
      return 1;
    }
    return shortArray[si] > longArray[li] ? 1 : -1;
  }

  private short getWordItemTableIndex(char c) {
    int hash1 = (int) (hash1(c) % PRIME_INDEX_LENGTH);
    int hash2 = hash2(c) % PRIME_INDEX_LENGTH;
    if (hash1 < 0) {
      hash1 = PRIME_INDEX_LENGTH + hash1;
    }
    if (hash2 < 0) {
      hash2 = PRIME_INDEX_LENGTH + hash2;
    }
    int index = hash1;
    int i = 1;
    while (charIndexTable[index] != 0 && charIndexTable[index] != c && i < PRIME_INDEX_LENGTH) {
      index = (hash1 + i * hash2) % PRIME_INDEX_LENGTH;
      i++;
    }
    if (i < PRIME_INDEX_LENGTH && charIndexTable[index] == c) {
      return (short) index;
    }
    return -1;
  }

  private static long hash1(char c) {
    final long p = 1099511628211L;
    long hash = 0xcbf29ce484222325L;
    hash = (hash ^ (c & 0x00FF)) * p;
    hash = (hash ^ (c >> 8)) * p;
    hash += hash << 13;
    hash ^= hash >> 7;
    hash += hash << 3;
    hash ^= hash >> 17;
    hash += hash << 5;
    return hash;
  }

  @SuppressWarnings("OperatorPrecedence") // smartcn's, kept as it is
  private static int hash2(char c) {
    int hash = 5381;
    hash = ((hash << 5) + hash) + c & 0x00FF;
    hash = ((hash << 5) + hash) + c >> 8;
    return hash;
  }

  private static int compareArray(char[] larray, int lstartIndex, char[] rarray, int rstartIndex) {
    if (larray == null) {
      if (rarray == null || rstartIndex >= rarray.length) {
        return 0;
      }
      return -1;
    } else if (rarray == null) {
      return lstartIndex >= larray.length ? 0 : 1;
    }
    int li = lstartIndex;
    int ri = rstartIndex;
    while (li < larray.length && ri < rarray.length && larray[li] == rarray[ri]) {
      li++;
      ri++;
    }
    if (li == larray.length) {
      return ri == rarray.length ? 0 : -1;
    }
    if (ri == rarray.length) {
      return 1;
    }
    return larray[li] > rarray[ri] ? 1 : -1;
  }
}
