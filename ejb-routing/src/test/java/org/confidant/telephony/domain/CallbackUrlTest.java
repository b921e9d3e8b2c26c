package org.confidant.telephony.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackUrlTest {

  @ParameterizedTest
  @ValueSource(strings = {"https://pbx.example.org/confidant/commands", "https://10.0.0.5:8443/cmd",
      "http://127.0.0.1:9090/cmd", "http://localhost/cmd", "http://[::1]:8080/cmd",
      "kamailio://127.0.0.1:5072"})
  void httpsAnywhereOrHttpOnLoopbackIsAccepted(String url) {
    assertThat(CallbackUrl.require(url).toString()).isEqualTo(url);
  }

  @Test
  void onlyAKamailioAddressIsALinkToKamailio() {
    assertThat(CallbackUrl.isKamailioLink(CallbackUrl.require("kamailio://127.0.0.1:5072"))).isTrue();
    assertThat(CallbackUrl.isKamailioLink(CallbackUrl.require("http://127.0.0.1:5072/cmd"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://pbx.example.org/cmd", "http://10.0.0.5/cmd", "http://127.0.0.1.evil.org/cmd",
      "ftp://pbx.example.org/cmd", "https://user:pw@pbx.example.org/cmd", "https://pbx.example.org/cmd#x",
      "/relative/path", "not a url", "", "kamailio://10.0.0.5:5072", "kamailio://127.0.0.1"})
  void anythingElseIsRefusedWithAReason(String url) {
    assertThatIllegalArgumentException().isThrownBy(() -> CallbackUrl.require(url))
        .withMessageContaining("callback URL");
  }
}
