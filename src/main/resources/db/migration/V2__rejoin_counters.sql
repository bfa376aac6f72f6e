-- SPDX-License-Identifier: Apache-2.0
-- Rejoin-request counters (LoRaWAN L2 1.1 §6.2.4.4): the last RJcount0 (rejoin types 0 and 2, reset by every
-- join-accept, so kept per session) and RJcount1 (type 1, kept for the life of the device's JSIntKey) the network
-- accepted. A rejoin-request whose counter is not above the stored one is a replay. Portable SQL (H2 and PostgreSQL).

CREATE TABLE rejoin_counters (
    dev_eui       VARCHAR(16) NOT NULL REFERENCES devices (dev_eui) ON DELETE CASCADE,
    counter       INTEGER     NOT NULL,
    last_rj_count INTEGER     NOT NULL,
    PRIMARY KEY (dev_eui, counter),
    CHECK (counter IN (0, 1))
);
