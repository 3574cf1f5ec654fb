module dev.pledge.rules { requires transitive dev.pledge.core; }
