package org.clusterhub.project.web;

record AnswerRequest(String answer) {
}
