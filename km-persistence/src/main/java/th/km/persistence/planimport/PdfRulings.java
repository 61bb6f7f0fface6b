package th.km.persistence.planimport;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines of one PDF page: the borders a word processor draws around table cells, as
 * stroked lines, stroked rectangles or thin filled rectangles, in points from the page's top-left
 * corner (the coordinates of the glyphs' positions).
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

  /**
   * A horizontal or vertical ruling.
   *
   * @param horizontal whether it runs across the page
   * @param at its y (horizontal) or x (vertical)
   * @param from where it starts along its direction
   * @param to where it ends, {@code to >= from}
   */
  record Ruling(boolean horizontal, float at, float from, float to) {}

  /** Thinner than this, a filled rectangle is a line, not a shaded area. */
  private static final float THIN = 2.5f;

  /** Shorter than this, a segment is a tick or a glyph's stroke, not a border. */
  private static final float SHORTEST = 3f;

  private final List<Ruling> rulings = new ArrayList<>();
  private final List<Point2D[]> path = new ArrayList<>();
  private final float left;
  private final float top;
  private Point2D.Float current = new Point2D.Float();
  private Point2D.Float start = new Point2D.Float();

  private PdfRulings(PDPage page) {
    super(page);
    PDRectangle box = page.getCropBox();
    left = box.getLowerLeftX();
    top = box.getUpperRightY();
  }

  /** The rulings drawn on a page. */
  static List<Ruling> of(PDPage page) throws IOException {
    PdfRulings engine = new PdfRulings(page);
    engine.processPage(page);
    return List.copyOf(engine.rulings);
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    path.add(new Point2D[] {p0, p1});
    path.add(new Point2D[] {p1, p2});
    path.add(new Point2D[] {p2, p3});
    path.add(new Point2D[] {p3, p0});
  }

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
    start = current;
  }

  @Override
  public void lineTo(float x, float y) {
    Point2D.Float next = new Point2D.Float(x, y);
    path.add(new Point2D[] {current, next});
    current = next;
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    path.add(new Point2D[] {current, start});
    current = start;
  }

  @Override
  public void endPath() {
    path.clear();
  }

  @Override
  public void strokePath() {
    for (Point2D[] segment : path) {
      addSegment(segment[0], segment[1]);
    }
    path.clear();
  }

  @Override
  public void fillPath(int windingRule) {
    float minX = Float.MAX_VALUE;
    float minY = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    float maxY = -Float.MAX_VALUE;
    for (Point2D[] segment : path) {
      for (Point2D p : segment) {
        minX = Math.min(minX, (float) p.getX());
        maxX = Math.max(maxX, (float) p.getX());
        minY = Math.min(minY, (float) p.getY());
        maxY = Math.max(maxY, (float) p.getY());
      }
    }
    if (!path.isEmpty()) {
      float w = maxX - minX;
      float h = maxY - minY;
      if (w <= THIN && h >= SHORTEST) {
        addVertical((minX + maxX) / 2, minY, maxY);
      } else if (h <= THIN && w >= SHORTEST) {
        addHorizontal((minY + maxY) / 2, minX, maxX);
      }
    }
    path.clear();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  @Override
  public void shadingFill(COSName shadingName) {}

  @Override
  public void drawImage(PDImage pdImage) {}

  @Override
  public void clip(int windingRule) {}

  private void addSegment(Point2D a, Point2D b) {
    float dx = (float) Math.abs(a.getX() - b.getX());
    float dy = (float) Math.abs(a.getY() - b.getY());
    if (dy < 1f && dx >= SHORTEST) {
      addHorizontal((float) (a.getY() + b.getY()) / 2, (float) a.getX(), (float) b.getX());
    } else if (dx < 1f && dy >= SHORTEST) {
      addVertical((float) (a.getX() + b.getX()) / 2, (float) a.getY(), (float) b.getY());
    }
  }

  private void addHorizontal(float y, float x1, float x2) {
    rulings.add(new Ruling(true, top - y, Math.min(x1, x2) - left, Math.max(x1, x2) - left));
  }

  private void addVertical(float x, float y1, float y2) {
    rulings.add(new Ruling(false, x - left, top - Math.max(y1, y2), top - Math.min(y1, y2)));
  }
}
