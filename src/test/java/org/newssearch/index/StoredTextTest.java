package org.newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoredTextTest {

  @ParameterizedTest(name = "{0}: {2} bytes stored")
  @CsvSource(delimiter = '|', value = {
      "Simplified Han, two bytes a character | 泽连斯基表示停火 | 17",
      "Traditional Han | 澤倫斯基表示停火 | 17",
      "ASCII, one byte a character | Zelensky said | 14",
      "Cyrillic | Зеленський | 21",
      "a character beyond the BMP, four bytes | 𠮷野家 | 9",
      "empty | '' | 1",
  })
  void textComesBackExactlyAndHanTakesTwoBytesACharacter(String what, String text, int storedBytes) {
    Document doc = new Document();
    StoredField field = StoredText.field("body", text);
    doc.add(field);

    assertThat(StoredText.read(doc, "body")).isEqualTo(text);
    assertThat(field.binaryValue().length).isEqualTo(storedBytes);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"an unpaired surrogate stays UTF-8, as Java encodes it | a\uD800b"})
  void textGb18030CannotHoldIsStoredAsUtf8(String what, String text) {
    Document doc = new Document();
    StoredField field = StoredText.field("body", text);
    doc.add(field);

    assertThat(StoredText.read(doc, "body")).isEqualTo(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    assertThat(field.binaryValue().bytes[0]).isEqualTo((byte) 1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"a generation before the encoding stored a string | 泽连斯基"})
  void aStringFieldOfAnOlderGenerationIsReadAsItWasWritten(String what, String text) {
    Document doc = new Document();
    doc.add(new StoredField("body", text));

    assertThat(StoredText.read(doc, "body")).isEqualTo(text);
    assertThat(StoredText.read(doc, "title")).isNull();
  }
}
