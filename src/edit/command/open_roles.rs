//! Filling an open role: a person takes the vacancy's seat in one option.

use super::{person_ix, scenario_mut};
use crate::model::{Design, Placement};

pub(super) fn fill(
    d: &mut Design,
    scenario: usize,
    role: &str,
    person: &str,
) -> Result<String, String> {
    let (r, p) = (person_ix(d, role)?, person_ix(d, person)?);
    let (role_name, name) = (d.people[r].name.clone(), d.people[p].name.clone());
    if !d.people[r].open_role {
        return Err(format!("{role_name} is a person, not an open role."));
    }
    if d.people[p].open_role {
        return Err(format!(
            "{name} is an open role too; an open role is filled by a person."
        ));
    }
    if scenario_mut(d, scenario)?.placement_of(role).is_none() {
        return Err(format!("{role_name} is not in this option."));
    }
    // The person leaves their own seat first, as a move would: their reports move up.
    let s = scenario_mut(d, scenario)?;
    super::unseat(s, person);
    let Some(at) = s.placements.iter().position(|x| x.person == role) else {
        return Err(format!("{role_name} is not in this option."));
    };
    let seat = s.placements.remove(at);
    for x in &mut s.placements {
        if x.manager.as_deref() == Some(role) {
            x.manager = Some(person.to_owned());
        }
        for line in &mut x.dotted {
            if line == role {
                *line = person.to_owned();
            }
        }
        let (own, manager) = (x.person.clone(), x.manager.clone());
        x.dotted
            .retain(|line| *line != own && Some(line) != manager.as_ref());
    }
    super::forget_in_scenario(s, role);
    s.placements.push(Placement {
        person: person.to_owned(),
        unit: seat.unit,
        manager: seat.manager,
        dotted: seat.dotted,
    });
    Ok(format!("{name} fills {role_name}."))
}
