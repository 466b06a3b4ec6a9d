package cco.adapter.credentialfiles;

import cco.domain.credentials.CredentialFacts;
import cco.domain.credentials.CredentialOwner;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads the agents' credential files as far as cco may: their shape (so that nothing else is ever
 * restored or written back), the account, the expiry and the last refresh. Claude Code's
 * {@code .credentials.json} holds {@code claudeAiOauth} (accessToken, refreshToken, expiresAt in
 * milliseconds); its account is in Claude's configuration file ({@code oauthAccount}). Codex's
 * {@code auth.json} holds {@code OPENAI_API_KEY} and/or {@code tokens} (JWTs and account_id) and
 * {@code last_refresh}. A refusal names what is wrong, never a value: Jackson's own messages
 * quote the text they stumbled on, so they are not passed on.
 */
final class CredentialParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CredentialParser() {
    }

    static CredentialFacts facts(CredentialOwner owner, byte[] content, String origin) {
        JsonNode root = object(content, origin + " is not valid " + owner.displayName() + " credentials");
        return switch (owner) {
            case CLAUDE_CODE -> claude(root, origin);
            case CODEX -> codex(root, origin);
        };
    }

    /** The account Claude Code's configuration (~/.claude.json) names: its e-mail address, else its id. */
    static Optional<String> claudeAccount(byte[] configuration) {
        try {
            JsonNode account = JSON.readTree(configuration).path("oauthAccount");
            return text(account, "emailAddress").or(() -> text(account, "accountUuid"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static CredentialFacts claude(JsonNode root, String origin) {
        JsonNode oauth = root.path("claudeAiOauth");
        if (!oauth.isObject() || text(oauth, "accessToken").isEmpty()) {
            throw invalid(origin, CredentialOwner.CLAUDE_CODE, "no claudeAiOauth object with an accessToken");
        }
        JsonNode expiresAt = oauth.path("expiresAt");
        if (!expiresAt.isMissingNode() && !expiresAt.isIntegralNumber()) {
            throw invalid(origin, CredentialOwner.CLAUDE_CODE, "claudeAiOauth.expiresAt is not a number");
        }
        return new CredentialFacts(Optional.empty(), expiresAt.isIntegralNumber() ? Optional.of(Instant.ofEpochMilli(expiresAt.asLong())) : Optional.empty(),
                Optional.empty());
    }

    private static CredentialFacts codex(JsonNode root, String origin) {
        JsonNode tokens = root.path("tokens");
        boolean apiKey = text(root, "OPENAI_API_KEY").isPresent();
        if (!tokens.isObject() && !apiKey) {
            throw invalid(origin, CredentialOwner.CODEX, "neither tokens nor OPENAI_API_KEY");
        }
        if (tokens.isObject() && text(tokens, "access_token").isEmpty()) {
            throw invalid(origin, CredentialOwner.CODEX, "tokens without an access_token");
        }
        Optional<JsonNode> identity = text(tokens, "id_token").flatMap(CredentialParser::jwtClaims);
        Optional<String> account = text(tokens, "account_id").or(() -> identity.flatMap(claims -> text(claims, "email")));
        Optional<Instant> expiresAt = text(tokens, "access_token").flatMap(CredentialParser::jwtClaims)
                .filter(claims -> claims.path("exp").isIntegralNumber()).map(claims -> Instant.ofEpochSecond(claims.path("exp").asLong()));
        Optional<Instant> refreshedAt;
        try {
            refreshedAt = text(root, "last_refresh").map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw invalid(origin, CredentialOwner.CODEX, "last_refresh is not a time");
        }
        return new CredentialFacts(account, expiresAt, refreshedAt);
    }

    /** The claims of a JSON Web Token, unverified: only for the expiry and account it names. */
    private static Optional<JsonNode> jwtClaims(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return claims.isObject() ? Optional.of(claims) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static JsonNode object(byte[] content, String refusal) {
        try {
            JsonNode root = JSON.readTree(content);
            if (root == null || !root.isObject()) {
                throw new CcoException(FailureKind.CREDENTIALS, refusal + ": not a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new CcoException(FailureKind.CREDENTIALS, refusal + ": not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new CcoException(FailureKind.CREDENTIALS, refusal + ": " + e.getClass().getSimpleName());
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static CcoException invalid(String origin, CredentialOwner owner, String what) {
        return new CcoException(FailureKind.CREDENTIALS, origin + " is not valid " + owner.displayName() + " credentials: " + what);
    }
}
