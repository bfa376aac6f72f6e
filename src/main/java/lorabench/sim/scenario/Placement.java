// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.util.Objects;
import java.util.random.RandomGenerator;

/// Where the members of a template (devices or generated gateways) are put.
public sealed interface Placement {

    /// {@return the position of member `index`}, drawing from `random` when the placement is random
    Position place(int index, RandomGenerator random);

    /// Every member at one point.
    record At(Position position) implements Placement {
        public At {
            Objects.requireNonNull(position, "position");
        }

        @Override
        public Position place(int index, RandomGenerator random) {
            return position;
        }
    }

    /// Uniformly at random over the disc of `radiusM` metres around `center` (area-uniform: the distance is
    /// `R·√u`), at the centre's altitude.
    record Circle(Position center, double radiusM) implements Placement {
        public Circle {
            Objects.requireNonNull(center, "center");
            if (!(radiusM > 0) || radiusM > 1_000_000) {
                throw new IllegalArgumentException("radius must be 0 < R <= 1000 km");
            }
        }

        @Override
        public Position place(int index, RandomGenerator random) {
            double bearing = 360 * random.nextDouble();
            double distance = radiusM * Math.sqrt(random.nextDouble());
            return center.destination(bearing, distance);
        }
    }

    /// A `rows × columns` grid centred on `center`, `spacingM` metres apart, filled row by row from the north-west.
    record Grid(Position center, int rows, int columns, double spacingM) implements Placement {
        public Grid {
            Objects.requireNonNull(center, "center");
            if (rows < 1 || columns < 1 || !(spacingM > 0)) {
                throw new IllegalArgumentException("grid needs rows >= 1, columns >= 1 and a positive spacing");
            }
        }

        public int capacity() {
            return rows * columns;
        }

        @Override
        public Position place(int index, RandomGenerator random) {
            if (index < 0 || index >= capacity()) {
                throw new IllegalArgumentException("grid cell " + index + " outside " + rows + "x" + columns);
            }
            double north = ((rows - 1) / 2.0 - index / columns) * spacingM;
            double east = (index % columns - (columns - 1) / 2.0) * spacingM;
            return center.destination(0, north).destination(90, east);
        }
    }
}
