//! English placement: item response theory, ability estimation, the adaptive test, CEFR mapping,
//! simulation and calibration. Pure: no Rocket, no SQL, no clock; randomness from seeds. File I/O only in
//! `load`.

pub mod advice;
pub mod attempt;
pub mod bank;
pub mod calibrate;
pub mod cat;
pub mod cefr;
pub mod estimate;
pub mod fit;
pub mod irt;
pub mod load;
pub mod report;
pub mod simulate;
