package io.hyperjet.common.config;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Credentials a Freqtrade config may hold, removed from the merged config as soon as it is read, so that no file
 * Hyperjet writes (run.json, run-spec.json, results, anything) and no process it starts ever sees them. None of them
 * can change a backtest or hyperopt result. The set is Freqtrade's own (the keys its {@code sanitize_config} and
 * {@code remove_exchange_credentials} blank), plus the API server's token keys and the message consumer's tokens.
 */
public final class ConfigSecrets
{
    /**
     * Credential names inside {@code exchange}, at any depth (so also inside {@code ccxt_config} and friends).
     */
    static final Set<String> EXCHANGE_CREDENTIALS = Set.of(
        "key", "api_key", "apiKey", "secret", "password", "uid", "account_id", "accountId", "wallet_address",
        "walletAddress", "private_key", "privateKey", "token");

    /**
     * Dotted keys outside {@code exchange}.
     */
    static final List<String> OTHER_SECRETS = List.of(
        "telegram.token", "telegram.chat_id", "discord.webhook_url", "webhook.url", "api_server.username",
        "api_server.password", "api_server.jwt_secret_key", "api_server.ws_token", "db_url");

    private ConfigSecrets()
    {
    }

    /**
     * Removes every credential from a config tree, in place.
     *
     * @param root the merged config.
     * @return {@code root}.
     */
    public static ObjectNode strip(final ObjectNode root)
    {
        final JsonNode exchange = root.get("exchange");
        if (null != exchange)
        {
            stripNames(exchange);
        }
        for (final String dotted : OTHER_SECRETS)
        {
            final int dot = dotted.indexOf('.');
            final JsonNode parent = dot < 0 ? root : root.get(dotted.substring(0, dot));
            if (null != parent && parent.isObject())
            {
                ((ObjectNode)parent).remove(dotted.substring(dot + 1));
            }
        }
        final JsonNode producers = root.path("external_message_consumer").path("producers");
        for (final JsonNode producer : producers)
        {
            if (producer.isObject())
            {
                ((ObjectNode)producer).remove("ws_token");
            }
        }
        return root;
    }

    private static void stripNames(final JsonNode node)
    {
        if (node.isObject())
        {
            ((ObjectNode)node).remove(EXCHANGE_CREDENTIALS);
        }
        for (final JsonNode child : node)
        {
            stripNames(child);
        }
    }
}
