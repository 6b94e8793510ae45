package fi.alke.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's jars as an application on the module path sees them: each names its module, and no
 * package is in two of them (a split package, which the module system refuses). Reads the jars the build
 * made before this module's tests ({@code mvn verify} packages alke-core and alke-templates first).
 */
class LibraryJarsTest {
    /** The module each library jar names, by the module folder it is built in. */
    private static final Map<String, String> MODULES = Map.of(
            "alke-core", "fi.alke.documents",
            "alke-templates", "fi.alke.documents.api");

    @Test
    void eachJarNamesItsModuleAndTheyResolveTogetherWithoutASplitPackage() throws IOException {
        Map<String, Path> jars = new TreeMap<>();
        for (String module : MODULES.keySet()) {
            jars.put(module, jar(module));
        }
        Set<String> seen = new HashSet<>();
        Set<String> split = new TreeSet<>();
        for (Map.Entry<String, Path> jar : jars.entrySet()) {
            try (JarFile file = new JarFile(jar.getValue().toFile())) {
                assertEquals(MODULES.get(jar.getKey()),
                        file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"), jar.getKey());
            }
            ModuleReference reference = ModuleFinder.of(jar.getValue()).findAll().iterator().next();
            assertEquals(MODULES.get(jar.getKey()), reference.descriptor().name());
            reference.descriptor().packages().stream().filter(p -> !seen.add(p)).forEach(split::add);
        }
        assertEquals(Set.of(), split, "packages in more than one jar");
        // the module system's own check: the entry point's module reads the core's, so a shared package fails
        Configuration resolved = ModuleLayer.boot().configuration().resolve(
                ModuleFinder.of(jars.values().toArray(Path[]::new)), ModuleFinder.ofSystem(),
                Set.of("fi.alke.documents.api"));
        assertTrue(resolved.findModule("fi.alke.documents").isPresent(), resolved.toString());
    }

    /** The jar a module folder's build made, skipping the test when the build did not package it. */
    private static Path jar(String module) throws IOException {
        Path target = Path.of("..", module, "target");
        List<Path> jars;
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            jars = files.filter(f -> f.getFileName().toString().matches(module + "-[^-]+(-SNAPSHOT)?\\.jar"))
                    .collect(Collectors.toList());
        }
        assumeTrue(jars.size() == 1, "mvn verify packages " + module + " before these tests; found " + jars);
        return jars.get(0);
    }
}
