package dev.pledge.cli.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkupTest {
  @Test
  void escapesTextAndAttributes() {
    String out = new Markup().open("p", "title", "a \"b\" & 'c'").text("<x> & y").close("p").finish();

    assertThat(out).isEqualTo("<p title=\"a &quot;b&quot; &amp; &#39;c&#39;\">&lt;x&gt; &amp; y</p>\n");
  }

  @Test
  void dropsControlCharactersXmlForbids() {
    assertThat(Markup.escape("a\u0001b\tc")).isEqualTo("ab\tc");
  }

  @Test
  void closingAnElementThatIsNotInnermostIsABug() {
    Markup m = new Markup().open("div").open("span");

    assertThatThrownBy(() -> m.close("div")).isInstanceOf(IllegalStateException.class)
        .hasMessage("closing <div> but <span> is open");
  }

  @Test
  void finishingWithAnOpenElementIsABug() {
    assertThatThrownBy(() -> new Markup().open("div").finish()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rawTextRefusesMarkup() {
    assertThat(new Markup().raw("a > b {}").finish()).isEqualTo("a > b {}");
    assertThatThrownBy(() -> new Markup().raw("</style>")).isInstanceOf(IllegalArgumentException.class);
  }
}
