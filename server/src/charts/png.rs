//! Chart PNGs: the very SVG the pages show, rasterised by resvg. The labels are Chinese, so a
//! CJK font must be installed: Debian's `fonts-noto-cjk` (SIL Open Font License 1.1), which
//! `make run` installs. Without one the PNG is refused rather than drawn with empty boxes.

use resvg::{tiny_skia, usvg};
use std::sync::{Arc, LazyLock};

/// Rendered at twice the SVG's size, for sharp text on high-density screens and in print.
const SCALE: f32 = 2.0;

#[derive(Debug, thiserror::Error)]
pub enum PngError {
    #[error("no CJK font is installed (install fonts-noto-cjk), so Chinese labels cannot be drawn")]
    NoCjkFont,
    #[error("the chart SVG cannot be read: {0}")]
    Svg(#[from] usvg::Error),
    #[error("the PNG cannot be encoded: {0}")]
    Encode(String),
}

struct Fonts {
    database: Arc<usvg::fontdb::Database>,
    has_cjk: bool,
}

/// The system's fonts, scanned once, on the first PNG asked for.
static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let mut database = usvg::fontdb::Database::new();
    database.load_system_fonts();
    let cjk = database
        .faces()
        .flat_map(|face| face.families.iter().map(|(name, _)| name.clone()))
        .filter(|name| name.contains("CJK") || name.contains("WenQuanYi") || name.contains("Source Han"))
        .min_by_key(|name| (!name.ends_with(" SC"), name.clone()));
    let has_cjk = cjk.is_some();
    if let Some(family) = cjk {
        // Any text whose listed families are all missing falls back to sans-serif: make that CJK.
        database.set_sans_serif_family(family);
    }
    Fonts { database: Arc::new(database), has_cjk }
});

/// `svg` as a PNG on a white background.
pub fn svg_to_png(svg: &str) -> Result<Vec<u8>, PngError> {
    let fonts = &*FONTS;
    if !fonts.has_cjk {
        return Err(PngError::NoCjkFont);
    }
    let options = usvg::Options { fontdb: fonts.database.clone(), ..usvg::Options::default() };
    let tree = usvg::Tree::from_str(svg, &options)?;
    let size = tree.size().to_int_size().scale_by(SCALE).ok_or(PngError::Encode("empty chart".into()))?;
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or(PngError::Encode("size".into()))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(&tree, tiny_skia::Transform::from_scale(SCALE, SCALE), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| PngError::Encode(e.to_string()))
}
