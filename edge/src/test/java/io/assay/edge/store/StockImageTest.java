package io.assay.edge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stock image is read back whole, and only by the store and batch it was made of; any damage makes it unused. */
class StockImageTest {

    @TempDir
    Path dir;
    List<byte[]> values;
    List<String> reasons = new ArrayList<>();

    @BeforeEach
    void writeOne() throws Exception {
        values = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            values.add(("{\"serial\":\"R-" + i + "\",\"note\":\"" + "x".repeat(i % 37) + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        values.add(new byte[0]);
        assertThat(StockImage.write(dir, "store-a", 42, values)).isEqualTo(501);
    }

    @Test
    void theStoreAndBatchItWasMadeOfReadItBack() {
        Optional<List<byte[]>> read = StockImage.read(dir, "store-a", 42, reasons::add);
        assertThat(read).isPresent();
        assertThat(read.get()).hasSize(values.size());
        for (int i = 0; i < values.size(); i++) {
            assertThat(read.get().get(i)).isEqualTo(values.get(i));
        }
        assertThat(reasons).isEmpty();
    }

    @Test
    void anotherStoreOrALaterBatchDoesNotUseIt() {
        assertThat(StockImage.read(dir, "store-b", 42, reasons::add)).isEmpty();
        assertThat(StockImage.read(dir, "store-a", 43, reasons::add)).isEmpty();
        assertThat(reasons).hasSize(2).allSatisfy(why -> assertThat(why).contains("store-a at batch 42"));
    }

    @Test
    void oneChangedByteAnywhereMakesItUnused() throws Exception {
        Path file = dir.resolve(StockImage.FILE_NAME);
        byte[] original = Files.readAllBytes(file);
        for (int at : new int[] {original.length / 2, original.length - 20, original.length - 3}) {
            byte[] damaged = original.clone();
            damaged[at] ^= 0x10;
            Files.write(file, damaged);
            assertThat(StockImage.read(dir, "store-a", 42, reasons::add)).as("byte %d", at).isEmpty();
        }
        assertThat(reasons).allSatisfy(why -> assertThat(why).isNotBlank());
    }

    @Test
    void aCutOrLengthenedFileIsUnused() throws Exception {
        Path file = dir.resolve(StockImage.FILE_NAME);
        byte[] original = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(original, original.length - 5));
        assertThat(StockImage.read(dir, "store-a", 42, reasons::add)).isEmpty();
        Files.write(file, Arrays.copyOf(original, original.length + 1));
        assertThat(StockImage.read(dir, "store-a", 42, reasons::add)).isEmpty();
        Files.write(file, new byte[0]);
        assertThat(StockImage.read(dir, "store-a", 42, reasons::add)).isEmpty();
    }

    @Test
    void noImageIsNoImage() throws Exception {
        StockImage.delete(dir);
        assertThat(StockImage.read(dir, "store-a", 42, reasons::add)).isEmpty();
        assertThat(reasons).containsExactly("none was left");
    }
}
