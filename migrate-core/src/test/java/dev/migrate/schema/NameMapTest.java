package dev.migrate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The persistent map behind {@link Schema}, against {@link TreeMap} as the oracle. */
class NameMapTest {

    @Test
    void behavesAsATreeMapAndKeepsEveryEarlierVersionUnchanged() {
        Random random = new Random(20261127);
        for (int round = 0; round < 50; round++) {
            TreeMap<String, Integer> oracle = new TreeMap<>();
            NameMap<Integer> map = NameMap.empty();
            List<NameMap<Integer>> versions = new ArrayList<>();
            List<TreeMap<String, Integer>> oracles = new ArrayList<>();
            for (int step = 0; step < 300; step++) {
                String name = "t" + random.nextInt(120);
                if (random.nextInt(3) == 0) {
                    oracle.remove(name);
                    map = map.without(name);
                } else {
                    int value = random.nextInt(1000);
                    oracle.put(name, value);
                    map = map.with(name, value);
                }
                versions.add(map);
                oracles.add(new TreeMap<>(oracle));
            }
            for (int i = 0; i < versions.size(); i++) {
                NameMap<Integer> version = versions.get(i);
                TreeMap<String, Integer> expected = oracles.get(i);
                assertThat(version.size()).isEqualTo(expected.size());
                assertThat(new ArrayList<>(version.values())).isEqualTo(new ArrayList<>(expected.values()));
                List<String> names = new ArrayList<>();
                version.names().forEach(names::add);
                assertThat(names).isEqualTo(new ArrayList<>(expected.keySet()));
                for (int n = 0; n < 120; n++) {
                    assertThat(version.get("t" + n)).isEqualTo(expected.get("t" + n));
                }
                assertThat(version.hashCode()).isEqualTo(expected.hashCode());
            }
            NameMap<Integer> rebuilt = NameMap.empty();
            for (var entry : oracle.descendingMap().entrySet()) {
                rebuilt = rebuilt.with(entry.getKey(), entry.getValue());
            }
            assertThat(rebuilt).isEqualTo(map);
            assertThat(rebuilt.with("zz", 1)).isNotEqualTo(map);
        }
    }

    @Test
    void removingAMissingNameGivesTheSameMap() {
        NameMap<Integer> map = NameMap.<Integer>empty().with("a", 1);
        assertThat(map.without("b")).isSameAs(map);
    }
}
