package io.hyperjet.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 3: the credentials Freqtrade strips from its exports never reach the loaded config, and everything
 * else does.
 */
class ConfigSecretsTest
{
    @Test
    void shouldRemoveEveryCredentialAndKeepTheRest()
    {
        final HyperjetConfig config = ConfigLoader.fromJson("""
            {
              "exchange": {"name": "binance", "key": "k", "secret": "s", "password": "p", "uid": "u",
                "apiKey": "a", "api_key": "a2", "account_id": "i", "accountId": "i2", "wallet_address": "w",
                "walletAddress": "w2", "private_key": "pk", "privateKey": "pk2", "pair_whitelist": ["BTC/USDT"],
                "ccxt_config": {"enableRateLimit": true, "apiKey": "ca", "secret": "cs"},
                "ccxt_async_config": {"options": {"token": "t"}}},
              "telegram": {"enabled": false, "token": "tt", "chat_id": "tc"},
              "api_server": {"enabled": false, "listen_port": 8080, "username": "au", "password": "ap",
                "jwt_secret_key": "aj", "ws_token": "aw"},
              "discord": {"enabled": false, "webhook_url": "d"},
              "webhook": {"enabled": false, "url": "wu", "format": "json"},
              "db_url": "postgresql://u:p@h/db",
              "external_message_consumer": {"producers": [{"name": "x", "ws_token": "pw"}]},
              "stake_currency": "USDT"
            }
            """, "t.json");
        assertEquals("{\"exchange\":{\"name\":\"binance\",\"pair_whitelist\":[\"BTC/USDT\"]," +
            "\"ccxt_config\":{\"enableRateLimit\":true},\"ccxt_async_config\":{\"options\":{}}}," +
            "\"telegram\":{\"enabled\":false},\"api_server\":{\"enabled\":false,\"listen_port\":8080}," +
            "\"discord\":{\"enabled\":false},\"webhook\":{\"enabled\":false,\"format\":\"json\"}," +
            "\"external_message_consumer\":{\"producers\":[{\"name\":\"x\"}]},\"stake_currency\":\"USDT\"}",
            config.raw().toString());
    }

    @Test
    void shouldStripConfigFilesAndCommandLineOverridesAlike()
    {
        final HyperjetConfig config = new ConfigLoader().override("exchange.secret", "s")
            .override("exchange.name", "kraken").load();
        assertFalse(config.has("exchange.secret"));
        assertEquals("kraken", config.exchangeName());
    }
}
