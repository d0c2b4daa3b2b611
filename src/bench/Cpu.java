import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU ticks of the server JVM, mariadbd, this client and the whole machine, from /proc: shared by
 * the course page and attempt save benchmarks (compiled with each by its script).
 */
record Cpu(long[] ticks, long machineBusy, long at, double seconds) {
  static long[] pids = new long[0];

  static Cpu read() {
    long[] t = new long[pids.length];
    for (int i = 0; i < pids.length; i++) {
      t[i] = ticks(pids[i]);
    }
    return new Cpu(t, machineTicks(), System.nanoTime(), 0);
  }

  Cpu since() {
    Cpu now = read();
    long[] d = new long[ticks.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = now.ticks[i] - ticks[i];
    }
    return new Cpu(d, now.machineBusy - machineBusy, 0, (now.at - at) / 1e9);
  }

  /** Cores used on average: app / mariadbd / client / everything else on the machine. */
  String cores() {
    if (ticks.length < 3) {
      return "";
    }
    double app = ticks[0] / 100.0 / seconds;
    double db = ticks[1] / 100.0 / seconds;
    double client = ticks[2] / 100.0 / seconds;
    double others = Math.max(0, machineBusy / 100.0 / seconds - app - db - client);
    return String.format("%.2f / %.2f / %.2f / %.2f", app, db, client, others);
  }

  /** The server's CPU milliseconds per page. */
  double appMillisPer(double pages) {
    return ticks.length < 3 || pages == 0 ? Double.NaN : ticks[0] * 10.0 / pages;
  }

  static long ticks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime
    } catch (IOException e) {
      return 0;
    }
  }

  static long machineTicks() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      for (int i = 1; i < f.length; i++) {
        if (i != 4 && i != 5) { // not idle, not iowait
          busy += Long.parseLong(f[i]);
        }
      }
      return busy;
    } catch (IOException e) {
      return 0;
    }
  }

  /** The machine's load average, as /proc/loadavg has it. */
  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "?";
    }
  }
}
