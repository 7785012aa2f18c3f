//! The items loop: list with "add another?", choose a kind, add, change, remove.

use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use serde::Deserialize;

use app::domain::errors::FieldErrors;
use app::domain::form::yes_no;
use app::domain::pre_complaint::{ItemForm, ItemKind, Step, MAX_ITEMS};
use app::pages::pre_complaint::{ItemKindPage, ItemPage, ItemsPage, START};

use super::steps::FromCheck;
use super::Flow;
use crate::http::session::parse_form;
use crate::http::AppError;

fn list_href() -> String {
    format!("{START}/items")
}

pub async fn list_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let items = flow.answers.items.clone();
    flow.show(Step::Items, move || {
        view! { <ItemsPage items=items add_item=String::new() errors=FieldErrors::new() from_check=q.yes()/> }
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AddItemForm {
    add_item: String,
}

pub async fn list_save(mut flow: Flow, body: Bytes) -> Result<Response, AppError> {
    let posted = parse_form::<AddItemForm>(&flow.draft, &body)?;
    let mut errors = FieldErrors::new();
    match yes_no(&mut errors, "add_item", &posted.form.add_item) {
        Some(true) if flow.answers.items.len() < MAX_ITEMS => {
            Ok(Redirect::to(&format!("{START}/items/new")).into_response())
        }
        Some(true) => {
            errors.add("add_item", "error-too-many-items");
            let items = flow.answers.items.clone();
            Ok(flow.invalid(move || {
                view! { <ItemsPage items=items add_item="yes".to_string() errors=errors from_check=posted.from_check/> }
            }))
        }
        Some(false) => {
            flow.answers.items_done = true;
            flow.advance(Step::Items).await
        }
        None => {
            let items = flow.answers.items.clone();
            Ok(flow.invalid(move || {
                view! { <ItemsPage items=items add_item=String::new() errors=errors from_check=posted.from_check/> }
            }))
        }
    }
}

pub async fn kind_page(flow: Flow) -> Response {
    flow.show(
        Step::Items,
        || view! { <ItemKindPage kind=String::new() errors=FieldErrors::new()/> },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct KindForm {
    kind: String,
}

pub async fn kind_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    let posted = parse_form::<KindForm>(&flow.draft, &body)?;
    match ItemKind::from_slug(&posted.form.kind) {
        Some(kind) => {
            Ok(Redirect::to(&format!("{START}/items/new/{}", kind.slug())).into_response())
        }
        None => {
            let mut errors = FieldErrors::new();
            errors.add("kind", "error-choose");
            Ok(flow.invalid(move || view! { <ItemKindPage kind=String::new() errors=errors/> }))
        }
    }
}

pub async fn new_page(flow: Flow, Path(kind): Path<String>) -> Result<Response, AppError> {
    let kind = ItemKind::from_slug(&kind).ok_or(AppError::NotFound)?;
    Ok(flow.show(
        Step::Items,
        move || view! { <ItemPage kind=kind form=ItemForm::default() errors=FieldErrors::new()/> },
    ))
}

pub async fn new_save(
    mut flow: Flow,
    Path(kind): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let kind = ItemKind::from_slug(&kind).ok_or(AppError::NotFound)?;
    let posted = parse_form::<ItemForm>(&flow.draft, &body)?;
    match posted.form.parse(kind) {
        Ok(item) if flow.answers.items.len() < MAX_ITEMS => {
            flow.answers.items.push(item);
            flow.answers.items_done = false;
            flow.save().await?;
            Ok(Redirect::to(&list_href()).into_response())
        }
        Ok(_) => Ok(Redirect::to(&list_href()).into_response()),
        Err(errors) => {
            let form = posted.form;
            Ok(flow.invalid(move || view! { <ItemPage kind=kind form=form errors=errors/> }))
        }
    }
}

pub async fn edit_page(flow: Flow, Path(index): Path<usize>) -> Result<Response, AppError> {
    let item = flow
        .answers
        .items
        .get(index)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let (kind, form) = (item.kind(), ItemForm::from_item(&item));
    Ok(flow.show(
        Step::Items,
        move || view! { <ItemPage kind=kind form=form errors=FieldErrors::new()/> },
    ))
}

pub async fn edit_save(
    mut flow: Flow,
    Path(index): Path<usize>,
    body: Bytes,
) -> Result<Response, AppError> {
    let kind = flow
        .answers
        .items
        .get(index)
        .map(|i| i.kind())
        .ok_or(AppError::NotFound)?;
    let posted = parse_form::<ItemForm>(&flow.draft, &body)?;
    match posted.form.parse(kind) {
        Ok(item) => {
            flow.answers.items[index] = item;
            flow.save().await?;
            Ok(Redirect::to(&list_href()).into_response())
        }
        Err(errors) => {
            let form = posted.form;
            Ok(flow.invalid(move || view! { <ItemPage kind=kind form=form errors=errors/> }))
        }
    }
}

/// `POST /pre-complaint/items/{index}/remove`, from the Remove button of the list.
pub async fn remove(
    mut flow: Flow,
    Path(index): Path<usize>,
    body: Bytes,
) -> Result<Response, AppError> {
    parse_form::<AddItemForm>(&flow.draft, &body)?;
    if index >= flow.answers.items.len() {
        return Err(AppError::NotFound);
    }
    flow.answers.items.remove(index);
    flow.answers.items_done = false;
    flow.save().await?;
    Ok(Redirect::to(&list_href()).into_response())
}
