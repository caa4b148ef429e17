package dev.migrate.schema;

import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map from names to values, sorted by name, that a change copies only along one path
 * (a persistent AVL tree): a replay makes a new schema per operation, and copying every table each
 * time made a replay quadratic in the number of tables.
 */
final class NameMap<V> {

    private static final NameMap<?> EMPTY = new NameMap<>(null);

    private final @Nullable Node<V> root;

    private NameMap(@Nullable Node<V> root) {
        this.root = root;
    }

    @SuppressWarnings("unchecked")
    static <V> NameMap<V> empty() {
        return (NameMap<V>) EMPTY;
    }

    @Nullable
    V get(String name) {
        Node<V> node = root;
        while (node != null) {
            int order = name.compareTo(node.name);
            if (order == 0) {
                return node.value;
            }
            node = order < 0 ? node.left : node.right;
        }
        return null;
    }

    int size() {
        return size(root);
    }

    NameMap<V> with(String name, V value) {
        return new NameMap<>(put(root, name, value));
    }

    /** Without the name; the same map when it has no such name. */
    NameMap<V> without(String name) {
        Node<V> newRoot = remove(root, name);
        return newRoot == root ? this : new NameMap<>(newRoot);
    }

    /** The values in the order of their names. */
    Collection<V> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<V> iterator() {
                return mapped(nodes(), node -> node.value);
            }

            @Override
            public int size() {
                return NameMap.this.size();
            }
        };
    }

    /** The names, in order. */
    Iterable<String> names() {
        return () -> mapped(nodes(), node -> node.name);
    }

    private static <N, T> Iterator<T> mapped(Iterator<N> nodes, Function<N, T> part) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return nodes.hasNext();
            }

            @Override
            public T next() {
                return part.apply(nodes.next());
            }
        };
    }

    private Iterator<Node<V>> nodes() {
        ArrayDeque<Node<V>> path = new ArrayDeque<>();
        pushLeft(path, root);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !path.isEmpty();
            }

            @Override
            public Node<V> next() {
                if (path.isEmpty()) {
                    throw new NoSuchElementException();
                }
                Node<V> node = path.pop();
                pushLeft(path, node.right);
                return node;
            }
        };
    }

    private static <V> void pushLeft(ArrayDeque<Node<V>> path, @Nullable Node<V> node) {
        for (Node<V> current = node; current != null; current = current.left) {
            path.push(current);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NameMap<?> other) || size() != other.size()) {
            return false;
        }
        Iterator<Node<V>> mine = nodes();
        Iterator<? extends Node<?>> theirs = other.nodes();
        while (mine.hasNext()) {
            Node<V> a = mine.next();
            Node<?> b = theirs.next();
            if (!a.name.equals(b.name) || !a.value.equals(b.value)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (Iterator<Node<V>> nodes = nodes(); nodes.hasNext(); ) {
            Node<V> node = nodes.next();
            hash += node.name.hashCode() ^ node.value.hashCode();
        }
        return hash;
    }

    private static final class Node<V> {
        final String name;
        final V value;
        final @Nullable Node<V> left;
        final @Nullable Node<V> right;
        final int height;
        final int size;

        Node(String name, V value, @Nullable Node<V> left, @Nullable Node<V> right) {
            this.name = name;
            this.value = value;
            this.left = left;
            this.right = right;
            this.height = Math.max(height(left), height(right)) + 1;
            this.size = size(left) + size(right) + 1;
        }
    }

    private static int height(@Nullable Node<?> node) {
        return node == null ? 0 : node.height;
    }

    private static int size(@Nullable Node<?> node) {
        return node == null ? 0 : node.size;
    }

    private static <V> Node<V> put(@Nullable Node<V> node, String name, V value) {
        if (node == null) {
            return new Node<>(name, value, null, null);
        }
        int order = name.compareTo(node.name);
        if (order == 0) {
            return new Node<>(name, value, node.left, node.right);
        }
        return order < 0 ? balanced(node.name, node.value, put(node.left, name, value), node.right)
                : balanced(node.name, node.value, node.left, put(node.right, name, value));
    }

    private static <V> @Nullable Node<V> remove(@Nullable Node<V> node, String name) {
        if (node == null) {
            return null;
        }
        int order = name.compareTo(node.name);
        if (order < 0) {
            Node<V> left = remove(node.left, name);
            return left == node.left ? node : balanced(node.name, node.value, left, node.right);
        }
        if (order > 0) {
            Node<V> right = remove(node.right, name);
            return right == node.right ? node : balanced(node.name, node.value, node.left, right);
        }
        if (node.left == null) {
            return node.right;
        }
        if (node.right == null) {
            return node.left;
        }
        Node<V> first = node.right;
        while (first.left != null) {
            first = first.left;
        }
        return balanced(first.name, first.value, node.left, remove(node.right, first.name));
    }

    private static <V> Node<V> balanced(String name, V value, @Nullable Node<V> left, @Nullable Node<V> right) {
        int lean = height(left) - height(right);
        if (lean > 1 && left != null) {
            if (height(left.left) < height(left.right) && left.right != null) {
                left = rotateLeft(left, left.right);
            }
            return new Node<>(left.name, left.value, left.left, new Node<>(name, value, left.right, right));
        }
        if (lean < -1 && right != null) {
            if (height(right.right) < height(right.left) && right.left != null) {
                right = rotateRight(right, right.left);
            }
            return new Node<>(right.name, right.value, new Node<>(name, value, left, right.left), right.right);
        }
        return new Node<>(name, value, left, right);
    }

    private static <V> Node<V> rotateLeft(Node<V> node, Node<V> right) {
        return new Node<>(right.name, right.value, new Node<>(node.name, node.value, node.left, right.left), right.right);
    }

    private static <V> Node<V> rotateRight(Node<V> node, Node<V> left) {
        return new Node<>(left.name, left.value, left.left, new Node<>(node.name, node.value, left.right, node.right));
    }
}
