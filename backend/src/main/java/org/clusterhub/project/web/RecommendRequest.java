package org.clusterhub.project.web;

/** 初审通过: the center city's opinion. */
record RecommendRequest(String opinion) {
}
