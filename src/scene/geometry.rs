//! Plain geometry for the scene: points and boxes in chart (canvas) units, so the scene
//! and every export backend stay free of egui.

/// A point.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Pt {
    pub x: f32,
    pub y: f32,
}

impl Pt {
    pub const fn new(x: f32, y: f32) -> Self {
        Self { x, y }
    }
}

/// An axis-aligned box.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Box2 {
    pub min: Pt,
    pub max: Pt,
}

impl Box2 {
    pub fn from_center_size(centre: Pt, width: f32, height: f32) -> Self {
        Self {
            min: Pt::new(centre.x - width / 2.0, centre.y - height / 2.0),
            max: Pt::new(centre.x + width / 2.0, centre.y + height / 2.0),
        }
    }

    pub fn from_min_size(min: Pt, width: f32, height: f32) -> Self {
        Self {
            min,
            max: Pt::new(min.x + width, min.y + height),
        }
    }

    pub fn width(&self) -> f32 {
        self.max.x - self.min.x
    }

    pub fn height(&self) -> f32 {
        self.max.y - self.min.y
    }

    pub fn center(&self) -> Pt {
        Pt::new(
            (self.min.x + self.max.x) / 2.0,
            (self.min.y + self.max.y) / 2.0,
        )
    }

    /// The smallest box holding both.
    pub fn union(&self, other: &Self) -> Self {
        Self {
            min: Pt::new(self.min.x.min(other.min.x), self.min.y.min(other.min.y)),
            max: Pt::new(self.max.x.max(other.max.x), self.max.y.max(other.max.y)),
        }
    }

    pub fn intersects(&self, other: &Self) -> bool {
        self.min.x <= other.max.x
            && other.min.x <= self.max.x
            && self.min.y <= other.max.y
            && other.min.y <= self.max.y
    }

    /// Grown by `by` on every side (shrunk when negative).
    pub fn expand(&self, by: f32) -> Self {
        Self {
            min: Pt::new(self.min.x - by, self.min.y - by),
            max: Pt::new(self.max.x + by, self.max.y + by),
        }
    }

    pub fn translate(&self, dx: f32, dy: f32) -> Self {
        Self {
            min: Pt::new(self.min.x + dx, self.min.y + dy),
            max: Pt::new(self.max.x + dx, self.max.y + dy),
        }
    }
}
