//! A loaded, validated dataset: the tables and the Polars frames built from them.

use crate::{
    frames::Frames,
    model::{Category, Honour, Indicator, Level, Observation, Practice, Region, Source, Target, Unit},
};

/// The validated tables, as read from the seed files.
#[derive(Clone, Debug, Default)]
pub struct Tables {
    pub sources: Vec<Source>,
    pub units: Vec<Unit>,
    pub categories: Vec<Category>,
    pub regions: Vec<Region>,
    pub indicators: Vec<Indicator>,
    pub observations: Vec<Observation>,
    pub honours: Vec<Honour>,
    pub practices: Vec<Practice>,
    pub targets: Vec<Target>,
}

/// Immutable once built: a change builds a new dataset, so readers never see a mix.
#[derive(Debug)]
pub struct Dataset {
    tables: Tables,
    frames: Frames,
    version: i64,
}

impl Dataset {
    /// Builds the frames. The tables must be valid (as [`crate::load`] guarantees): every
    /// reference resolves.
    pub fn new(tables: Tables) -> Self {
        Self::at_version(tables, 0)
    }

    /// Builds the frames of the store's `version` of the data.
    pub fn at_version(tables: Tables, version: i64) -> Self {
        let frames = Frames::build(&tables);
        Self { tables, frames, version }
    }

    /// The store's version this dataset was read at (0 for seed files read directly).
    pub fn version(&self) -> i64 {
        self.version
    }

    pub fn tables(&self) -> &Tables {
        &self.tables
    }

    pub fn frames(&self) -> &Frames {
        &self.frames
    }

    pub fn regions(&self) -> &[Region] {
        &self.tables.regions
    }

    pub fn region(&self, code: &str) -> Option<&Region> {
        self.tables.regions.iter().find(|r| r.code == code)
    }

    /// The province the regions belong to (the one region without a parent).
    pub fn province(&self) -> Option<&Region> {
        self.tables.regions.iter().find(|r| r.level == Level::Province)
    }

    /// Regions of one level, in code order.
    pub fn regions_at(&self, level: Level) -> impl Iterator<Item = &Region> {
        self.tables.regions.iter().filter(move |r| r.level == level)
    }

    pub fn indicators(&self) -> &[Indicator] {
        &self.tables.indicators
    }

    pub fn indicator(&self, key: &str) -> Option<&Indicator> {
        self.tables.indicators.iter().find(|i| i.key == key)
    }

    pub fn categories(&self) -> &[Category] {
        &self.tables.categories
    }

    pub fn category(&self, key: &str) -> Option<&Category> {
        self.tables.categories.iter().find(|c| c.key == key)
    }

    pub fn unit(&self, key: &str) -> Option<&crate::model::Unit> {
        self.tables.units.iter().find(|u| u.key == key)
    }

    pub fn sources(&self) -> &[Source] {
        &self.tables.sources
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.tables.sources.iter().find(|s| s.id == id)
    }

    pub fn observations(&self) -> &[Observation] {
        &self.tables.observations
    }

    pub fn honours(&self) -> &[Honour] {
        &self.tables.honours
    }

    pub fn practices(&self) -> &[Practice] {
        &self.tables.practices
    }

    pub fn targets(&self) -> &[Target] {
        &self.tables.targets
    }
}
