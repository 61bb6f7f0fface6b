package th.km.web.bench;

/** The bare JVM {@code km --version} is measured against: a hello-world that prints one line. */
public final class BareJvm {

  private BareJvm() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
