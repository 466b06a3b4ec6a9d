package cco.adapter.credentialfiles;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Credential files of the shapes the agents write, with made-up tokens. */
final class Samples {
    static final String SECRET = "sk-ant-oat01-SECRET-VALUE";

    private Samples() {
    }

    static byte[] claude(String accessToken, Instant expiresAt) {
        return ("{\"claudeAiOauth\":{\"accessToken\":\"" + accessToken + "\",\"refreshToken\":\"sk-ant-ort01-R\",\"expiresAt\":"
                + expiresAt.toEpochMilli() + ",\"scopes\":[\"user:inference\"],\"subscriptionType\":\"pro\"}}").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] claudeConfiguration(String email) {
        return ("{\"numStartups\":3,\"oauthAccount\":{\"accountUuid\":\"uuid-" + email + "\",\"emailAddress\":\"" + email + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] codex(String account, Instant expiresAt, Instant refreshedAt) {
        String claims = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"exp\":" + expiresAt.getEpochSecond() + "}")
                .getBytes(StandardCharsets.UTF_8));
        return ("{\"OPENAI_API_KEY\":null,\"tokens\":{\"id_token\":\"x.e30.y\",\"access_token\":\"h." + claims + ".s\",\"refresh_token\":\"r\","
                + "\"account_id\":\"" + account + "\"},\"last_refresh\":\"" + refreshedAt + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
