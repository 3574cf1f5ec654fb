package dev.pledge.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The public API of a Pledge artifact, read from its jar (or classes directory) on the class path:
 * the packages its module exports, their public types (nested ones too, when every enclosing type
 * is public) and their public constructors and methods.
 */
final class PublicApi {
  private PublicApi() {}

  /** The packages the module of the artifact holding {@code anchor} exports to everyone. */
  static Set<String> exportedPackages(Class<?> anchor) {
    Path root = root(anchor);
    try (InputStream in = open(root, "module-info.class")) {
      Set<String> packages = new TreeSet<>();
      ModuleDescriptor.read(in).exports().stream().filter(e -> !e.isQualified())
          .forEach(e -> packages.add(e.source()));
      return packages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The public types of {@code packageName} in the artifact holding {@code anchor}, by name. */
  static List<Class<?>> publicTypes(Class<?> anchor, String packageName) {
    Path root = root(anchor);
    String dir = packageName.replace('.', '/') + "/";
    List<Class<?>> types = new ArrayList<>();
    for (String entry : entries(root)) {
      if (!entry.startsWith(dir) || entry.indexOf('/', dir.length()) >= 0 || !entry.endsWith(".class")
          || entry.endsWith("package-info.class")) {
        continue;
      }
      String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
      Class<?> type;
      try {
        type = Class.forName(name, false, anchor.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      if (isPublicApi(type)) {
        types.add(type);
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }

  /** The type's public constructors and methods, declared by it, in a stable order. */
  static List<Executable> publicMembers(Class<?> type) {
    List<Executable> members = new ArrayList<>();
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (Modifier.isPublic(c.getModifiers()) && !c.isSynthetic()) {
        members.add(c);
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        members.add(m);
      }
    }
    members.sort(Comparator.comparing(Executable::toGenericString));
    return members;
  }

  private static boolean isPublicApi(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static Path root(Class<?> anchor) {
    try {
      return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InputStream open(Path root, String entry) throws IOException {
    if (Files.isDirectory(root)) {
      return Files.newInputStream(root.resolve(entry));
    }
    JarFile jar = new JarFile(root.toFile());
    return new java.io.FilterInputStream(jar.getInputStream(jar.getEntry(entry))) {
      @Override
      public void close() throws IOException {
        super.close();
        jar.close();
      }
    };
  }

  private static List<String> entries(Path root) {
    try {
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
              .toList();
        }
      }
      try (JarFile jar = new JarFile(root.toFile())) {
        return jar.stream().map(e -> e.getName()).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
