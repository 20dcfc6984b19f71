/** A progress bar on a terminal's stderr, redrawn at most five times a second. */
export function progressBar(stream: { write(s: string): unknown }, label: string, total: number) {
  let last = 0;
  const draw = (done: number) => {
    const share = Math.min(1, done / total);
    const width = 30;
    const filled = Math.round(share * width);
    stream.write(
      `\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%`,
    );
  };
  return {
    update(done: number) {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      draw(done);
    },
    done() {
      draw(total);
      stream.write("\n");
    },
  };
}
